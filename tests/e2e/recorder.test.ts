import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './support/chromium-browser';
import { ChromiumNetworkRecorder } from './support/network';
import { writeProbeExtension } from './support/probe-extension';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle } from './support/wait';

// Requests go to a port nothing listens on: they fail, but they are made, and that is what must be seen.
const TARGET = 'http://127.0.0.1:9';

let server: FixtureServer;
let browser: ChromiumTestBrowser;
let dir: string;
beforeAll(async () => {
  server = await startFixtureServer();
  dir = writeProbeExtension(TARGET, 3);
  browser = await chromiumTestBrowser({ extension: dir });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the network recorder (checked on an extension that does make requests)', () => {
  test('sees requests from a service worker and a content script, and attributes them', async () => {
    const recorder = await ChromiumNetworkRecorder.attach(browser.session.context);
    const page = await browser.open(server.url('weibo.html'));
    const urls = (list: { url: string }[]) => [...new Set(list.map((r) => r.url))].sort();
    const all = [
      `${TARGET}/from-background`,
      `${TARGET}/from-content-script`,
      `${TARGET}/from-content-script-image`,
    ];
    const foreign = await settle(
      async () => urls(recorder.foreign([server.origin, server.crossOrigin])),
      (u) => u.length === 3,
    );
    expect(foreign).toEqual(all);
    // the worker's request and the content script's fetch are attributed to the extension (an image load
    // started by a content script carries no extension frame on its stack, so only foreign() sees that one)
    expect(urls(recorder.byExtension())).toEqual(all.slice(0, 2));
    // both sources report the worker's request, so a gap in one is covered by the other
    const sources = new Set(
      recorder.requests.filter((r) => r.url.endsWith('/from-background')).map((r) => r.source),
    );
    expect([...sources].sort()).toEqual(['context', 'worker-cdp']);
    await page.close();
    await recorder.detach();
  });
});
