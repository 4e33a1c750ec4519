import { parseSettings, Settings } from '../settings';
import type { ClauseMarkDB } from './database';
import { formatPath, StorageError, storageFailure } from './errors';

const ROW_ID = 'settings';

/** The stored settings; a damaged row gives defaults for the damaged fields and says what was wrong. */
export async function loadSettings(db: ClauseMarkDB): Promise<{ settings: Settings; error?: string }> {
  const row = await db.settings.get(ROW_ID);
  return parseSettings(row?.value);
}

/**
 * Applies a change to the stored settings (fields not given keep their value). A change that does not fit
 * the schema is refused with the path of the first bad field, and nothing is written. enabledPacks switches
 * the packs themselves; ids of packs that do not exist are dropped.
 */
export async function saveSettings(db: ClauseMarkDB, patch: Record<string, unknown>): Promise<Settings> {
  try {
    return await db.transaction('rw', db.settings, db.packs, async () => {
      const { settings: current } = parseSettings((await db.settings.get(ROW_ID))?.value);
      const parsed = Settings.safeParse({ ...current, ...patch });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StorageError(
          `${formatPath(issue?.path ?? [], 'settings')}: ${issue?.message ?? 'invalid'}`,
          'invalid',
        );
      }
      let settings = parsed.data;
      if ('enabledPacks' in patch) {
        const wanted = new Set(settings.enabledPacks);
        const packs = await db.packs.orderBy('id').toArray();
        for (const p of packs)
          if (p.enabled !== wanted.has(p.id)) await db.packs.update(p.id, { enabled: wanted.has(p.id) });
        settings = { ...settings, enabledPacks: packs.filter((p) => wanted.has(p.id)).map((p) => p.id) };
      }
      await db.settings.put({ id: ROW_ID, value: settings });
      return settings;
    });
  } catch (e) {
    throw storageFailure(e, 'the settings');
  }
}
