import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStorageHandler,
  isStorageMessage,
  registerStorage,
  type Reply,
  type StorageValues,
} from '../../utils/background/storage';
import type { ClauseMarkDB } from '../../utils/db/database';
import type { Settings } from '../../utils/settings';
import { A, buildSampleLibrary, capture, makeDb, SAMPLE_PACK } from '../fixtures/db/library';

let db: ClauseMarkDB;
let mirrored: { settings?: Settings; activePacks?: unknown[] }[];
let handler: ReturnType<typeof createStorageHandler>;
beforeEach(() => {
  db = makeDb();
  mirrored = [];
  handler = createStorageHandler(db, { set: async (items) => void mirrored.push(items) });
});
afterEach(() => db.close());

async function ask<T extends keyof StorageValues>(type: T, payload: Record<string, unknown> = {}) {
  return (await handler.handle({ type, ...payload })) as Reply<StorageValues[T]>;
}
function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got: ${reply.error}`);
  return reply.value;
}

const contentMatch = (text: string, start: number, index = 0) => ({
  index,
  start,
  end: start + text.length,
  text,
  term: text,
  base: text,
  clauses: [A(2)],
  implied: [],
  steps: [],
  entry: `default:${text}`,
  note: 'separatism',
  prefix: '…',
  suffix: '…',
});

describe('popup messages', () => {
  it('flags a page from the content script’s MatchSummary objects and finds it again by URL', async () => {
    const flagged = value(
      await ask('popup-to-background:flag-page', {
        url: 'https://weibo.example/p/1?utm_medium=x',
        title: '微博',
        snapshot: '有人宣扬台独。',
        matches: [contentMatch('台独', 3)],
      }),
    );
    expect(flagged.matchCount).toBe(1);
    const flags = value(
      await ask('popup-to-background:get-page-flags', { url: 'https://weibo.example/p/1' }),
    );
    expect(flags.captures.map((c) => c.page.id)).toEqual([flagged.pageId]);
    const [match] = flags.captures[0]!.matches;
    expect(
      value(await ask('popup-to-background:set-verdict', { matchId: match!.id, verdict: 'confirmed' })),
    ).toEqual({
      updated: 1,
    });
  });

  it('answers a malformed message with the path of the bad field instead of throwing', async () => {
    expect(await ask('popup-to-background:flag-page', { title: 't', snapshot: '', matches: [] })).toEqual({
      ok: false,
      error: 'url: Invalid input: expected string, received undefined',
    });
    const reply = await ask('popup-to-background:flag-page', {
      url: 'https://x.example/',
      title: 't',
      snapshot: '台独',
      matches: [{ ...contentMatch('台独', 0), clauses: ['bj-microblog-2011/art10-12'] }],
    });
    expect(reply).toEqual({
      ok: false,
      error: 'matches[0].clauses[0]: unknown clause id "bj-microblog-2011/art10-12"',
    });
    expect(await ask('popup-to-background:set-verdict', { matchId: 'x', verdict: 'maybe' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^verdict: /),
    });
    expect(await db.pages.count()).toBe(0);
  });

  it('reads settings with a warning when the stored row is damaged, and mirrors changes for content scripts', async () => {
    await db.settings.put({ id: 'settings', value: { drawMode: 'sideways' } });
    const reply = await ask('popup-to-background:get-settings');
    expect(reply).toMatchObject({ ok: true, value: { drawMode: 'inline' } });
    expect(reply.ok && reply.warning).toMatch(/^stored settings: drawMode: /);
    const saved = value(
      await ask('popup-to-background:set-settings', { patch: { hiddenFamilies: ['art10-5'] } }),
    );
    expect(saved.hiddenFamilies).toEqual(['art10-5']);
    expect(mirrored.at(-1)?.settings?.hiddenFamilies).toEqual(['art10-5']);
    expect(await ask('popup-to-background:set-settings', { patch: { drawMode: 7 } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^settings\.drawMode: /),
    });
  });
});

describe('library messages', () => {
  beforeEach(() => buildSampleLibrary(db));

  it('queries, reads and edits pages', async () => {
    const { total, rows } = value(
      await ask('library-to-background:query', { filter: { tags: ['forum'] }, limit: 1 }),
    );
    expect([total, rows.length]).toEqual([2, 1]);
    const id = rows[0]!.id;
    const detail = value(await ask('library-to-background:get-page', { id }));
    expect(detail?.snapshot.length).toBeGreaterThan(0);
    expect(value(await ask('library-to-background:get-page', { id: 'nope' }))).toBeNull();
    const edited = value(
      await ask('library-to-background:update-page', { id, note: 'checked', tags: ['forum', 'x'] }),
    );
    expect(edited).toMatchObject({ note: 'checked', tags: ['forum', 'x'] });
    expect(value(await ask('library-to-background:query', { filter: { text: 'checked' } })).total).toBe(1);
    const facets = value(await ask('library-to-background:facets'));
    expect(facets.pages).toBe(4);
    expect(await ask('library-to-background:query', { sort: { by: 'size' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^sort\.by: /),
    });
  });

  it('deletes and undoes', async () => {
    const ids = value(await ask('library-to-background:query')).rows.map((r) => r.id);
    const deleted = value(await ask('library-to-background:delete-pages', { ids: ids.slice(0, 2) }));
    expect(value(await ask('library-to-background:query')).total).toBe(2);
    expect(value(await ask('library-to-background:undo-delete', { token: deleted.token }))).toEqual({
      pages: 2,
      matches: deleted.matches,
    });
    expect(value(await ask('library-to-background:query')).total).toBe(4);
  });

  it('exports to a named file and imports into another library, mirroring the imported packs', async () => {
    const csv = value(
      await ask('library-to-background:export', { format: 'csv', filter: { domains: ['example.org'] } }),
    );
    expect(csv.fileName).toMatch(/^clausemark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.mimeType).toBe('text/csv;charset=utf-8');
    expect(csv.text.split('\r\n')).toHaveLength(1 + 3 + 1);
    const json = value(await ask('library-to-background:export', { format: 'json' }));

    const other = makeDb();
    const otherMirror: unknown[] = [];
    const otherHandler = createStorageHandler(other, { set: async (items) => void otherMirror.push(items) });
    const imported = (await otherHandler.handle({
      type: 'library-to-background:import',
      json: json.text,
    })) as Reply<StorageValues['library-to-background:import']>;
    expect(value(imported).added).toEqual({ pages: 4, matches: 10, verdicts: 3, packs: 1 });
    expect(otherMirror.at(-1)).toMatchObject({ activePacks: [SAMPLE_PACK.lexicon] });
    const bad = await otherHandler.handle({ type: 'library-to-background:import', json: '{}' });
    expect(bad).toEqual({ ok: false, error: 'format: expected "clausemark-library/1"' });
    other.close();
  });

  it('manages packs and keeps the active lexicons mirrored', async () => {
    expect(value(await ask('library-to-background:list-packs')).map((p) => p.id)).toEqual(['user.protest']);
    await ask('library-to-background:set-pack-enabled', { id: 'user.protest', enabled: false });
    expect(mirrored.at(-1)).toMatchObject({ activePacks: [], settings: { enabledPacks: [] } });
    const added = await ask('library-to-background:add-pack', {
      pack: { ...SAMPLE_PACK, lexicon: { ...SAMPLE_PACK.lexicon, id: 'user.protest2' } },
    });
    expect(value(added).id).toBe('user.protest2');
    expect(mirrored.at(-1)?.activePacks).toHaveLength(1);
    expect(value(await ask('library-to-background:remove-pack', { id: 'user.protest2' }))).toEqual({
      removed: true,
    });
    expect(mirrored.at(-1)?.activePacks).toEqual([]);
    expect(await ask('library-to-background:add-pack', { pack: { name: 'x', lexicon: {} } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^lexicon\./),
    });
  });
});

describe('message routing', () => {
  it('claims only the storage messages', () => {
    expect(isStorageMessage({ type: 'library-to-background:query' })).toBe(true);
    expect(isStorageMessage({ type: 'content-to-background:scan-report' })).toBe(false);
    expect(isStorageMessage({ type: 'popup-to-background:something-else' })).toBe(false);
    expect(isStorageMessage(null)).toBe(false);
  });

  it('answers extension pages through runtime messaging, and refuses content scripts', async () => {
    fakeBrowser.reset();
    const { ready } = registerStorage(fakeBrowser as unknown as Parameters<typeof registerStorage>[0], db);
    await ready;
    expect(await fakeBrowser.storage.local.get(['settings', 'activePacks'])).toMatchObject({
      settings: { drawMode: 'inline' },
      activePacks: [],
    });
    const fromPopup = sender(fakeBrowser.runtime.getURL('/popup.html'));
    const fromPage = sender('https://evil.example/', 3);
    await flagVia(fromPopup);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'library-to-background:query' },
      fromPopup,
    );
    expect(answer).toMatchObject({ ok: true, value: { total: 1 } });
    const [refused] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'library-to-background:query' },
      fromPage,
    );
    expect(refused).toEqual({
      ok: false,
      error: 'library-to-background:query: only extension pages may use storage',
    });
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content-to-background:scan-report' },
      fromPage,
    );
    expect(ignored).toBeUndefined();
  });
});

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

function sender(url: string, tabId?: number): Sender {
  return {
    url,
    id: fakeBrowser.runtime.id,
    ...(tabId === undefined ? {} : { tab: { id: tabId } }),
  } as Sender;
}

async function flagVia(sender: Sender) {
  const input = capture('https://a.example/', 'a', '台独', [{ quote: '台独', clauses: [A(2)] }]);
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'popup-to-background:flag-page', ...input },
    sender,
  );
  expect(reply).toMatchObject({ ok: true });
}
