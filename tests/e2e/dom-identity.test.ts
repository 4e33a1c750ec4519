import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './support/chromium-browser';
import { firstDifference, observable } from './support/identity';
import { cardHosts } from './support/probes';
import { startFixtureServer, type FixtureServer } from './support/server';
import { highlightsWhen } from './support/suite';

let server: FixtureServer;
let plain: ChromiumTestBrowser;
let withExtension: ChromiumTestBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  plain = await chromiumTestBrowser({ extension: false });
  withExtension = await chromiumTestBrowser();
});
afterAll(async () => {
  await plain?.close();
  await withExtension?.close();
  await server?.close();
});

const PAGES = ['weibo.html', 'news.html', 'forum.html', 'shadow.html', 'spa.html', 'infinite.html'];

describe('the page is byte-identical with and without ClauseMark (Chromium)', () => {
  test.each(PAGES)('%s', async (file) => {
    const url = server.url(file);
    const a = await plain.open(url);
    const b = await withExtension.open(url);
    // wait until ClauseMark has drawn, so the comparison covers a page it has worked on
    const drawn = await highlightsWhen(b, (r) => r.names.some((n) => n.startsWith('clausemark-art10-')));
    expect(drawn.names.some((n) => n.startsWith('clausemark-art10-'))).toBe(true);
    expect(await b.probe(cardHosts, null)).toBe(0);
    const [without, withIt] = await Promise.all([observable(a), observable(b)]);
    if (without.dom.hash !== withIt.dom.hash) expect.fail(`DOM differs ${await firstDifference(a, b)}`);
    expect(withIt.dom).toEqual(without.dom);
    expect(withIt.sheets).toEqual(without.sheets);
    expect(withIt.layout).toEqual(without.layout);
    expect(withIt.globals).toEqual(without.globals);
    expect(b.errors).toEqual([]);
    await a.close();
    await b.close();
  });
});
