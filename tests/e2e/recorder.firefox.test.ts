import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxTestBrowser, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import { writeProbeExtension } from './support/probe-extension';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle } from './support/wait';

// A host that does not exist: the proxy records the attempt and answers 502.
const TARGET = 'http://requests.clausemark.invalid';

let server: FixtureServer;
let browser: FirefoxTestBrowser;
let dir: string;
beforeAll(async () => {
  server = await startFixtureServer();
  dir = writeProbeExtension(TARGET, 2);
  browser = await firefoxTestBrowser({
    extension: dir,
    geckoId: 'network-probe@clausemark.invalid',
    proxy: server.proxy,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the Firefox recording proxy (checked on an extension that does make requests)', () => {
  test('sees requests from the background page and from a content script', async () => {
    const page = await browser.open(server.url('weibo.html'));
    const urls = await settle(
      async () => [...new Set(foreignViaProxy(server).map((r) => r.url))].sort(),
      (u) => u.includes(`${TARGET}/from-background`) && u.includes(`${TARGET}/from-content-script-image`),
    );
    // (Firefox does not send a content script's fetch to a host the extension has no permission for)
    expect(urls).toContain(`${TARGET}/from-background`);
    expect(urls).toContain(`${TARGET}/from-content-script-image`);
    await page.close();
  });
});
