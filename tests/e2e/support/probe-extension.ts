import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway extension that makes the requests ClauseMark must never make (from its background and from a
 * content script), to prove the network recorders see them.
 */
export function writeProbeExtension(target: string, manifestVersion: 2 | 3): string {
  const api = manifestVersion === 3 ? 'chrome' : 'browser';
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-probe-ext-'));
  const background =
    manifestVersion === 3 ? { service_worker: 'background.js' } : { scripts: ['background.js'] };
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: manifestVersion,
      name: 'network probe',
      version: '1',
      background,
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
      browser_specific_settings: { gecko: { id: 'network-probe@clausemark.invalid' } },
    }),
  );
  writeFileSync(
    join(dir, 'background.js'),
    `${api}.runtime.onMessage.addListener(() => { fetch(${JSON.stringify(`${target}/from-background`)}).catch(() => {}); });\n`,
  );
  writeFileSync(
    join(dir, 'content.js'),
    `fetch(${JSON.stringify(`${target}/from-content-script`)}).catch(() => {});\n` +
      `new Image().src = ${JSON.stringify(`${target}/from-content-script-image`)};\n` +
      `${api}.runtime.sendMessage('go');\n`,
  );
  return dir;
}

/** A throwaway extension whose content script logs a [clausemark] error and throws, to prove both are caught. */
export function writeErrorProbeExtension(manifestVersion: 2 | 3): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-error-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: manifestVersion,
      name: 'error probe',
      version: '1',
      background:
        manifestVersion === 3 ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
      browser_specific_settings: { gecko: { id: 'error-probe@clausemark.invalid' } },
    }),
  );
  writeFileSync(
    join(dir, 'content.js'),
    "console.error('[clausemark] probe error');\nsetTimeout(() => { throw new Error('probe uncaught'); }, 50);\n",
  );
  writeFileSync(join(dir, 'background.js'), '// nothing: the launcher waits for a background\n');
  return dir;
}
