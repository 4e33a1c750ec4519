import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { REGISTRY } from '../../utils/clauses';
import { highlightCss } from '../../utils/dom/highlight-css';

const FILE = new URL('../../assets/highlights.css', import.meta.url);

test('assets/highlights.css is generated from the registry’s colour families', () => {
  const expected = highlightCss(REGISTRY.families);
  // CLAUSEMARK_WRITE_CSS=1 npx vitest run --project unit tests/unit/content-css.test.ts regenerates it.
  if (process.env.CLAUSEMARK_WRITE_CSS) writeFileSync(FILE, expected);
  expect(readFileSync(FILE, 'utf8')).toBe(expected);
});

test('every colour family and the focus highlight have a rule in their own colour', () => {
  const css = highlightCss(REGISTRY.families);
  for (const f of REGISTRY.families) {
    const rule = css.match(new RegExp(`::highlight\\(clausemark-${f.id}\\) \\{[^}]*\\}`))?.[0] ?? '';
    expect(rule, f.id).toContain(`text-decoration-color: ${f.color};`);
    const n = Number.parseInt(f.color.slice(1), 16);
    expect(rule, f.id).toContain(`rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / 0.22)`);
  }
  expect(css).toMatch(/::highlight\(clausemark-focus\) \{/);
});
