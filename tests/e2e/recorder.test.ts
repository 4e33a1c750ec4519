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
    const seen = await settle(
      async () => urls(recorder.byExtension()),
      (u) => u.length === 2,
    );
    expect(seen).toEqual([`${TARGET}/from-background`, `${TARGET}/from-content-script`]);
    expect(urls(recorder.foreign([server.origin, server.crossOrigin]))).toEqual(seen);
    // both sources report the worker's request, so a gap in one is covered by the other
    const sources = new Set(
      recorder.requests.filter((r) => r.url.endsWith('/from-background')).map((r) => r.source),
    );
    expect([...sources].sort()).toEqual(['context', 'worker-cdp']);
    await page.close();
    await recorder.detach();
  });
});
