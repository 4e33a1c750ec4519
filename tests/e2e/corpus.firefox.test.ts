import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS } from './support/corpus';
import { checkCorpusCase } from './support/corpus-check';
import { firefoxTestBrowser, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import { startFixtureServer, type FixtureServer } from './support/server';

let server: FixtureServer;
let plain: FirefoxTestBrowser;
let withExt: FirefoxTestBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  plain = await firefoxTestBrowser({ extension: false });
  withExt = await firefoxTestBrowser({ proxy: server.proxy });
});
afterAll(async () => {
  await plain?.close();
  await withExt?.close();
  await server?.close();
});

describe('hostile and unusual pages (Firefox ESR)', () => {
  test.each(CORPUS.map((c) => [c.file, c.about, c] as const))('%s: %s', async (file, _about, c) => {
    await checkCorpusCase(c, server.url(`corpus/${file}`), plain, withExt);
  });

  test('ClauseMark made no network request on any of them', () => {
    expect(foreignViaProxy(server)).toEqual([]);
  });
});
