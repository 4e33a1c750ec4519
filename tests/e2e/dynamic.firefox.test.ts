import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionControl } from './support/control';
import { infiniteFeedCase, spaCase } from './support/dynamic-cases';
import { firefoxTestBrowser, type FirefoxTestBrowser } from './support/firefox';
import { foreignViaProxy } from './support/firefox-network';
import { startFixtureServer, type FixtureServer } from './support/server';

let server: FixtureServer;
let firefox: FirefoxTestBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await firefoxTestBrowser({ proxy: server.proxy });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const env = () => ({ browser: firefox, server, control: firefox.control as ExtensionControl });

describe('pages that change (Firefox ESR)', () => {
  test('infinite feed: new posts are highlighted, removed posts drop out', () => infiniteFeedCase(env()));
  test('single-page app: pushState and new content are scanned, the old view drops out', () =>
    spaCase(env()));
  test('ClauseMark made no network request (every request passed the recording proxy)', () => {
    expect(foreignViaProxy(server)).toEqual([]);
  });
});
