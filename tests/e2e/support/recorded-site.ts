import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './chromium-browser';
import type { ExtensionControl } from './control';
import { ChromiumNetworkRecorder } from './network';
import { startFixtureServer, type FixtureServer } from './server';

export interface RecordedSite {
  server: FixtureServer;
  browser: ChromiumTestBrowser;
  control: ExtensionControl;
  /** every request of the browser's context, so a test can assert the extension made none */
  recorder: ChromiumNetworkRecorder;
  /** writes (or rewrites, as a site changing its content would) one page the server serves */
  writePage(file: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Fixture pages served from a fresh folder to Chromium with the built extension, its network recorded from
 * the start. `beforeRecording` runs on the browser before anything is recorded (e.g. to add an init script).
 */
export async function openRecordedSite(
  name: string,
  pages: Record<string, string>,
  beforeRecording?: (browser: ChromiumTestBrowser) => Promise<unknown>,
): Promise<RecordedSite> {
  const root = mkdtempSync(join(tmpdir(), `clausemark-${name}-`));
  const writePage = (file: string, html: string) => writeFileSync(join(root, file), html);
  for (const [file, html] of Object.entries(pages)) writePage(file, html);
  const server = await startFixtureServer(root);
  const browser = await chromiumTestBrowser();
  await beforeRecording?.(browser);
  const recorder = await ChromiumNetworkRecorder.attach(browser.session.context);
  return {
    server,
    browser,
    recorder,
    control: browser.control as ExtensionControl,
    writePage,
    close: async () => {
      await recorder.detach();
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
