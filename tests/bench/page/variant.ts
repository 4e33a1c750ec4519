import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPY = [
  'entrypoints',
  'components',
  'utils',
  'scripts',
  'assets',
  'public',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
];

/**
 * Builds the extension exactly as the project does, but with the given default-lexicon files, in a copy of
 * the sources under the temp dir (the checkout is not touched). Returns the unpacked Chromium build and a
 * function that removes the copy.
 */
export function buildWithLexicon(
  root: string,
  files: Record<string, unknown>,
): { dir: string; remove(): void } {
  const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-build-'));
  for (const name of COPY.filter((n) => existsSync(join(root, n))))
    cpSync(join(root, name), join(work, name), {
      recursive: true,
      dereference: true,
      force: true,
      errorOnExist: false,
    });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const [file, data] of Object.entries(files))
    writeFileSync(join(work, 'utils/lexicon/data', file), JSON.stringify(data));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    rmSync(work, { recursive: true, force: true });
    throw new Error(`building with the generated lexicon failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  return {
    dir: join(work, '.output/chrome-mv3'),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
