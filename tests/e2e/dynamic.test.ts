import { afterAll, beforeAll, describe, test } from 'vitest';
import { infiniteFeedCase, spaCase } from './support/dynamic-cases';
import { chromiumSuite, type ChromiumSuite } from './support/suite';

let suite: ChromiumSuite;
beforeAll(async () => {
  suite = await chromiumSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('pages that change (Chromium)', () => {
  test('infinite feed: new posts are highlighted, removed posts drop out', () => infiniteFeedCase(suite));
  test('single-page app: pushState and new content are scanned, the old view drops out', () =>
    spaCase(suite));
});
