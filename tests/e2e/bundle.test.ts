import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, requireBuild, ROOT } from './support/paths';

function* scripts(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* scripts(p);
    else if (/\.(m?js)$/.test(name)) yield p;
  }
}

/** String evaluation in any form the extension CSP forbids (and a reviewer would reject). */
const UNSAFE: [RegExp, string][] = [
  [/(^|[^.\w$])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/(^|[^.\w$])Function\s*\(\s*['"`]/, 'Function("…")'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'setTimeout with a string'],
];

describe('built bundles', () => {
  test.each([
    ['chrome-mv3', CHROME_EXTENSION],
    ['firefox-mv2', FIREFOX_EXTENSION],
  ])('%s has no eval or new Function in any script', (_name, dir) => {
    requireBuild(dir);
    const found: string[] = [];
    let count = 0;
    for (const file of scripts(dir)) {
      count++;
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of UNSAFE) {
        const m = re.exec(text);
        if (m)
          found.push(
            `${relative(ROOT, file)}: ${what} near ${JSON.stringify(text.slice(m.index, m.index + 80))}`,
          );
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
