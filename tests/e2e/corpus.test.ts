import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './support/chromium-browser';
import { CORPUS } from './support/corpus';
import { checkCorpusCase } from './support/corpus-check';
import { ChromiumNetworkRecorder } from './support/network';
import { startFixtureServer, type FixtureServer } from './support/server';

let server: FixtureServer;
let plain: ChromiumTestBrowser;
let withExt: ChromiumTestBrowser;
let recorder: ChromiumNetworkRecorder;
beforeAll(async () => {
  server = await startFixtureServer();
  plain = await chromiumTestBrowser({ extension: false });
  withExt = await chromiumTestBrowser();
  recorder = await ChromiumNetworkRecorder.attach(withExt.session.context);
});
afterAll(async () => {
  await recorder?.detach();
  await plain?.close();
  await withExt?.close();
  await server?.close();
});

describe('hostile and unusual pages (Chromium)', () => {
  test.each(CORPUS.map((c) => [c.file, c.about, c] as const))('%s: %s', async (file, _about, c) => {
    await checkCorpusCase(c, server.url(`corpus/${file}`), plain, withExt);
  });

  test('ClauseMark made no network request on any of them', () => {
    expect(recorder.byExtension()).toEqual([]);
    expect(recorder.foreign([server.origin, server.crossOrigin])).toEqual([]);
  });
});
