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
