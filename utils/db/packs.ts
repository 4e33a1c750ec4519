import { parseLexicon } from '../match/load-lexicon';
import { z } from '../zod';
import type { ClauseMarkDB } from './database';
import { parseInput, StorageError, storageFailure } from './errors';
import type { PackRow } from './rows';

export const PackInput = z.object({
  name: z.string().trim().min(1),
  sourceFormat: z.string().default('json'),
  sourceFile: z.string().default(''),
  mapping: z.record(z.string(), z.string()).default({}),
  lexicon: z.unknown(),
  enabled: z.boolean().default(true),
  /** overwrite a pack with the same lexicon id instead of refusing */
  replace: z.boolean().default(false),
});
export type PackInput = z.input<typeof PackInput>;

/** The user's packs, by name. */
export async function listPacks(db: ClauseMarkDB): Promise<PackRow[]> {
  const packs = await db.packs.toArray();
  return packs.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Stores a pack after checking its lexicon as strictly as any lexicon file; its id is the lexicon's id. */
export async function addPack(
  db: ClauseMarkDB,
  raw: PackInput,
  now = new Date().toISOString(),
): Promise<PackRow> {
  const input = parseInput(PackInput, raw);
  let id: string;
  try {
    id = parseLexicon(input.lexicon, input.sourceFile || input.name).lexicon.id;
  } catch (e) {
    throw new StorageError(`lexicon: ${e instanceof Error ? e.message : String(e)}`, 'invalid');
  }
  const row: PackRow = {
    id,
    name: input.name,
    sourceFormat: input.sourceFormat,
    sourceFile: input.sourceFile,
    mapping: input.mapping,
    lexicon: input.lexicon,
    enabled: input.enabled,
    createdAt: now,
  };
  try {
    await db.transaction('rw', db.packs, async () => {
      if (!input.replace && (await db.packs.get(id)))
        throw new StorageError(`lexicon.id: a pack with id ${JSON.stringify(id)} already exists`, 'invalid');
      await db.packs.put(row);
    });
  } catch (e) {
    throw storageFailure(e, `the pack ${JSON.stringify(input.name)}`);
  }
  return row;
}

export async function removePack(db: ClauseMarkDB, id: string): Promise<{ removed: boolean }> {
  const removed = (await db.packs.where('id').equals(id).delete()) > 0;
  return { removed };
}

export async function setPackEnabled(db: ClauseMarkDB, id: string, enabled: boolean): Promise<PackRow> {
  try {
    return await db.transaction('rw', db.packs, async () => {
      const pack = await db.packs.get(id);
      if (!pack) throw new StorageError(`id: no pack with id ${JSON.stringify(id)}`, 'invalid');
      await db.packs.update(id, { enabled });
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
