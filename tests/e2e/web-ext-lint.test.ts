import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '../../.output');

function* jsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsFiles(p);
    else if (name.endsWith('.js')) yield p;
  }
}

describe('built extension', () => {
  it('passes web-ext lint for Firefox with no errors, warnings or notices', () => {
    const dir = join(OUTPUT, 'firefox-mv2');
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const report = JSON.parse(out) as { summary: Record<string, number>; warnings: { code: string }[] };
    expect(report.summary, JSON.stringify(report.warnings.map((w) => w.code))).toEqual({
      errors: 0,
      notices: 0,
      warnings: 0,
    });
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: no string evaluation or HTML sink in any bundle', (target) => {
    const dir = join(OUTPUT, target);
    expect(existsSync(dir)).toBe(true);
    for (const file of jsFiles(dir)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /\bnew Function\s*\(|[^.\w]eval\s*\(|\.innerHTML\s*=[^=]|insertAdjacentHTML|document\.write/,
      );
    }
  });

  it.each(['chrome-mv3', 'firefox-mv2'])(
    '%s: the content script names its DOM events with a build secret a page cannot know',
    (target) => {
      const code = readFileSync(join(OUTPUT, target, 'content-scripts', 'content.js'), 'utf8');
      // WXT's own naming would be `${runtime id}:content:${event}`; a page knowing the id could forge it.
      expect(code).toMatch(/\?\.id\}:content:[0-9a-f]{32}:\$\{\w+\}`/);
    },
  );

  it('declares only the permissions the README justifies and a CSP that forbids connections', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, 'chrome-mv3', 'manifest.json'), 'utf8'));
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const contentMatches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    for (const p of [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...contentMatches,
    ])
      expect(readme, `README justifies the ${p} permission`).toMatch(
        new RegExp('`' + p.replace(/[<>*]/g, '\\$&') + '`'),
      );
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  });
});
