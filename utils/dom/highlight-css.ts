import type { ColorFamily } from '../clauses';

/** Highlight names are this prefix + a colour family id (clausemark-art10-5) or "focus". */
export const HIGHLIGHT_PREFIX = 'clausemark-';

const alpha = (hex: string, a: number) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${a})`;
};

/**
 * The ::highlight() rules for every colour family: a translucent background (text stays legible on light and
 * dark pages) and a solid underline in the family's colour (still distinct where backgrounds blend). The
 * focused match gets a strong yellow on top. assets/highlights.css is this text; a unit test keeps them equal.
 */
export function highlightCss(families: readonly ColorFamily[]): string {
  const rules = families.map(
    (f) => `::highlight(${HIGHLIGHT_PREFIX}${f.id}) {
  background-color: ${alpha(f.color, 0.22)};
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: ${f.color};
  text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}
`,
  );
  const focus = `::highlight(${HIGHLIGHT_PREFIX}focus) {
  background-color: rgb(255 193 7 / 0.75);
  color: #000;
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: #000;
  text-decoration-thickness: 3px;
  text-underline-offset: 2px;
}
`;
  return [
    '/* Generated from the clause registry colour families by utils/dom/highlight-css.ts; do not edit by hand. */\n',
    ...rules,
    focus,
  ].join('\n');
}
