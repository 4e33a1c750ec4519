import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures/pages');
export const CHROME_EXTENSION = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
export const RESULTS_DIR = join(ROOT, 'test-results');
export const CHROMIUM_PATH = process.env.CLAUSEMARK_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.CLAUSEMARK_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fails early with the command to run, instead of a browser that silently starts without the extension. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(
      `${dir} has no manifest.json: build the extension first (npx wxt build && npx wxt build -b firefox)`,
    );
  return dir;
}

/** Where a test writes screenshots and other artifacts (test-results/ is gitignored). */
export function artifactPath(name: string): string {
  const path = join(RESULTS_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
