import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../utils/db/schema';
import { buildSampleLibrary, dumpTables, makeDb } from '../fixtures/db/library';

const FIXTURES = new URL('../fixtures/db/', import.meta.url);

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

/** Writes a fixture's rows with only the schema versions up to its own declared: as that release did. */
async function writtenBy(fixture: Fixture, factory: IDBFactory): Promise<string> {
  const old = makeDb({ upTo: fixture.version }, factory);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  expect(old.verno).toBe(fixture.version);
  old.close();
  return old.name;
}

/** A pack row as the latest schema holds what version `from` wrote. */
function packNow(row: Record<string, unknown>, from: number): Record<string, unknown> {
  if (from >= 4) return row;
  const mapping = Object.fromEntries(
    Object.entries(row.mapping as Record<string, string>).map(([category, clause]) => [category, [clause]]),
  );
  return { ...row, mapping, source: null };
}

describe('schema upgrades', () => {
  it('keeps a fixture for every earlier schema version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(
      Array.from({ length: LATEST_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  for (const fixture of fixtures)
    it(`opens a database written by schema v${fixture.version} and upgrades it without loss`, async () => {
      const factory = new IDBFactory();
      const reopened = makeDb({}, factory, await writtenBy(fixture, factory));
      await reopened.open();
      expect(reopened.verno).toBe(LATEST_VERSION);

      // everything but packs equals the same library written by the current code
      const fresh = makeDb();
      await buildSampleLibrary(fresh);
      const { packs, ...upgraded } = await dumpTables(reopened);
      const { packs: _freshPacks, ...written } = await dumpTables(fresh);
      expect(upgraded).toEqual(written);
      // the sample pack changed shape in v4, so packs are checked against the fixture's own
      expect(packs).toEqual((fixture.tables.packs ?? []).map((p) => packNow(p, fixture.version)));

      // the evidence itself, checked against the fixture directly rather than through the current code
      for (const page of fixture.tables.pages ?? []) {
        const snapshot = (page.snapshot as string | undefined) ?? '';
        if (page.snapshot !== undefined)
          expect((await reopened.snapshots.get(page.id as string))?.text).toBe(snapshot);
        expect(await reopened.pages.get(page.id as string)).toMatchObject({
          url: page.url,
          flaggedAt: page.flaggedAt,
        });
      }
      for (const m of fixture.tables.matches ?? [])
        expect(await reopened.matches.get(m.id as string)).toEqual(m);
      for (const v of fixture.tables.verdicts ?? [])
        expect(await reopened.verdicts.get(v.key as string)).toEqual(v);
      reopened.close();
      fresh.close();
    });
});
