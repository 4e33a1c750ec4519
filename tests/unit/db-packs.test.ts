import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseMarkDB } from '../../utils/db/database';
import { activeLexicons, addPack, listPacks, removePack, setPackEnabled } from '../../utils/db/packs';
import { loadSettings, saveSettings } from '../../utils/db/settings';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { makeDb, SAMPLE_PACK } from '../fixtures/db/library';

let db: ClauseMarkDB;
beforeEach(() => {
  db = makeDb();
});
afterEach(() => db.close());

const lexiconFile = (id: string, terms: string[]) => ({
  format: 'clausemark-lexicon/1',
  id,
  name: { zh: id, en: id },
  groups: [{ note: id, clauses: ['bj-microblog-2011/art10-6'], lang: 'zh', entries: terms }],
});

describe('packs', () => {
  it('stores a keyword-list pack as utils/packs builds it, under its lexicon id', async () => {
    const row = await addPack(db, SAMPLE_PACK, '2026-02-20T00:00:00.000Z');
    expect(row).toMatchObject({
      id: 'user.protest',
      name: 'Protest slang',
      sourceFormat: 'csv',
      sourceFile: 'protest.csv',
      enabled: true,
      createdAt: '2026-02-20T00:00:00.000Z',
    });
    expect(row.source).toEqual(SAMPLE_PACK.source);
    expect(await listPacks(db)).toEqual([row]);
    expect((await loadSettings(db)).settings.enabledPacks).toEqual(['user.protest']);
  });

  it('stores a plain lexicon file as a pack without a keyword list', async () => {
    const row = await addPack(db, {
      name: 'Rumours',
      sourceFile: 'rumours.json',
      lexicon: lexiconFile('rumours', ['地震']),
    });
    expect(row).toMatchObject({ id: 'rumours', sourceFormat: 'json', source: null, mapping: {} });
  });

  it('refuses a second pack with the same id unless asked to replace it', async () => {
    await addPack(db, SAMPLE_PACK);
    await expect(addPack(db, SAMPLE_PACK)).rejects.toThrow(
      'lexicon.id: a pack with id "user.protest" already exists',
    );
    const replaced = await addPack(db, { ...SAMPLE_PACK, name: 'Protest slang v2', replace: true });
    expect((await listPacks(db)).map((p) => p.name)).toEqual([replaced.name]);
  });

  it('names what is wrong with a bad pack and stores nothing', async () => {
    await expect(addPack(db, { ...SAMPLE_PACK, lexicon: lexiconFile('x', ['']) })).rejects.toThrow(
      /^lexicon\.groups\[0\]\.entries\[0\]/,
    );
    await expect(
      addPack(db, { ...SAMPLE_PACK, mapping: { protest: ['bj-microblog-2011/art10-12'] } }),
    ).rejects.toThrow('mapping.protest[0]: unknown clause id "bj-microblog-2011/art10-12"');
    await expect(addPack(db, { ...SAMPLE_PACK, name: ' ' })).rejects.toThrow(/^name: /);
    expect(await db.packs.count()).toBe(0);
  });

  it('switches packs on and off, mirrored in settings.enabledPacks and the active lexicons', async () => {
    await addPack(db, SAMPLE_PACK);
    await addPack(db, { name: 'Rumours', lexicon: lexiconFile('rumours', ['地震']) });
    expect((await activeLexicons(db)).map((l) => (l as { id: string }).id)).toEqual([
      'rumours',
      'user.protest',
    ]);
    await setPackEnabled(db, 'user.protest', false);
    expect((await loadSettings(db)).settings.enabledPacks).toEqual(['rumours']);
    expect((await activeLexicons(db)).map((l) => (l as { id: string }).id)).toEqual(['rumours']);
    await expect(setPackEnabled(db, 'nope', true)).rejects.toThrow('id: no pack with id "nope"');
    expect(await removePack(db, 'rumours')).toEqual({ removed: true });
    expect(await removePack(db, 'rumours')).toEqual({ removed: false });
    expect((await loadSettings(db)).settings.enabledPacks).toEqual([]);
    expect(await activeLexicons(db)).toEqual([]);
  });

  it('lets settings switch packs too, dropping ids of packs that do not exist', async () => {
    await addPack(db, { ...SAMPLE_PACK, enabled: false });
    const settings = await saveSettings(db, { enabledPacks: ['user.protest', 'ghost'] });
    expect(settings.enabledPacks).toEqual(['user.protest']);
    expect((await db.packs.get('user.protest'))?.enabled).toBe(true);
  });
});

describe('settings', () => {
  it('gives defaults before anything is stored, and keeps fields not changed', async () => {
    expect(await loadSettings(db)).toEqual({ settings: DEFAULT_SETTINGS });
    await saveSettings(db, { drawMode: 'popup-only' });
    await saveSettings(db, { hiddenFamilies: ['art10-9'] });
    expect((await loadSettings(db)).settings).toMatchObject({
      drawMode: 'popup-only',
      hiddenFamilies: ['art10-9'],
    });
  });

  it('refuses a bad change with the path of the field, keeping what was stored', async () => {
    await saveSettings(db, { drawMode: 'popup-only' });
    await expect(saveSettings(db, { drawMode: 'sideways' })).rejects.toThrow(/^settings\.drawMode: /);
    await expect(saveSettings(db, { neverScanSites: ['ok', 3] })).rejects.toThrow(
      /^settings\.neverScanSites\[1\]: /,
    );
    expect((await loadSettings(db)).settings.drawMode).toBe('popup-only');
  });

  it('falls back to defaults for a damaged stored row and says what was wrong', async () => {
    await db.settings.put({ id: 'settings', value: { drawMode: 42, hiddenFamilies: ['art10-2'] } });
    const { settings, error } = await loadSettings(db);
    expect(settings.drawMode).toBe('inline');
    expect(settings.hiddenFamilies).toEqual(['art10-2']);
    expect(error).toMatch(/^stored settings: drawMode: /);
  });
});
