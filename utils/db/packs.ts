import { LexiconError, parseLexicon } from '../match/load-lexicon';
import { parseSettings } from '../settings';
import type { ClauseMarkDB } from './database';
import { parseInput, StorageError, storageFailure } from './errors';
import { PackInput } from './inputs';

export { PackInput };
import type { PackRow } from './rows';

/** The user's packs, by name. */
export async function listPacks(db: ClauseMarkDB): Promise<PackRow[]> {
  const packs = await db.packs.toArray();
  return packs.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Stores a pack after checking its lexicon as strictly as any lexicon file. */
export async function addPack(
  db: ClauseMarkDB,
  raw: PackInput,
  now = new Date().toISOString(),
): Promise<PackRow> {
  const input = parseInput(PackInput, raw);
  let id: string;
  try {
    id = parseLexicon(input.lexicon, 'lexicon').lexicon.id;
  } catch (e) {
    throw new StorageError(
      e instanceof LexiconError ? `lexicon.${e.entry}: ${e.reason}` : `lexicon: ${String(e)}`,
      'invalid',
    );
  }
  const source = input.source as { format?: string; fileName?: string } | null;
  const row: PackRow = {
    id,
    name: input.name,
    sourceFormat: input.sourceFormat ?? source?.format ?? 'json',
    sourceFile: input.sourceFile ?? source?.fileName ?? '',
    mapping: input.mapping,
    source: input.source,
    lexicon: input.lexicon,
    enabled: input.enabled,
    createdAt: now,
  };
  try {
    await db.transaction('rw', db.packs, db.settings, async () => {
      if (!input.replace && (await db.packs.get(id)))
        throw new StorageError(`lexicon.id: a pack with id ${JSON.stringify(id)} already exists`, 'invalid');
      await db.packs.put(row);
      await syncEnabledSetting(db);
    });
  } catch (e) {
    throw storageFailure(e, `the pack ${JSON.stringify(input.name)}`);
  }
  return row;
}

export async function removePack(db: ClauseMarkDB, id: string): Promise<{ removed: boolean }> {
  try {
    return await db.transaction('rw', db.packs, db.settings, async () => {
      const removed = (await db.packs.where('id').equals(id).delete()) > 0;
      await syncEnabledSetting(db);
      return { removed };
    });
  } catch (e) {
    throw storageFailure(e, `removing pack ${id}`);
  }
}

export async function setPackEnabled(db: ClauseMarkDB, id: string, enabled: boolean): Promise<PackRow> {
  try {
    return await db.transaction('rw', db.packs, db.settings, async () => {
      const pack = await db.packs.get(id);
      if (!pack) throw new StorageError(`id: no pack with id ${JSON.stringify(id)}`, 'invalid');
      await db.packs.update(id, { enabled });
      await syncEnabledSetting(db);
      return { ...pack, enabled };
    });
  } catch (e) {
    throw storageFailure(e, `switching pack ${id}`);
  }
}

/** The lexicons of the enabled packs, in id order: what content scripts match with besides the defaults. */
export async function activeLexicons(db: ClauseMarkDB): Promise<unknown[]> {
  const packs = await db.packs.orderBy('id').toArray();
  return packs.filter((p) => p.enabled).map((p) => p.lexicon);
}

/**
 * Settings.enabledPacks mirrors the packs' enabled flags (content scripts read settings, not the database);
 * call inside a transaction over packs and settings.
 */
export async function syncEnabledSetting(db: ClauseMarkDB): Promise<void> {
  const enabled = (await db.packs.orderBy('id').toArray()).filter((p) => p.enabled).map((p) => p.id);
  const row = await db.settings.get('settings');
  const { settings } = parseSettings(row?.value);
  if (settings.enabledPacks.join('\n') === enabled.join('\n')) return;
  await db.settings.put({ id: 'settings', value: { ...settings, enabledPacks: enabled } });
}
