import { parseSettings, Settings } from '../settings';
import type { ClauseMarkDB } from './database';
import { StorageError, storageFailure } from './errors';

const ROW_ID = 'settings';

/** The stored settings; a damaged row gives defaults for the damaged fields and says what was wrong. */
export async function loadSettings(db: ClauseMarkDB): Promise<{ settings: Settings; error?: string }> {
  const row = await db.settings.get(ROW_ID);
  return parseSettings(row?.value);
}

/**
 * Applies a change to the stored settings (fields not given keep their value). A change that does not fit
 * the schema is refused with the path of the first bad field, and nothing is written.
 */
export async function saveSettings(db: ClauseMarkDB, patch: Record<string, unknown>): Promise<Settings> {
  try {
    return await db.transaction('rw', db.settings, async () => {
      const { settings: current } = parseSettings((await db.settings.get(ROW_ID))?.value);
      const parsed = Settings.safeParse({ ...current, ...patch });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StorageError(
          `settings.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
          'invalid',
        );
      }
      await db.settings.put({ id: ROW_ID, value: parsed.data });
      return parsed.data;
    });
  } catch (e) {
    throw storageFailure(e, 'the settings');
  }
}
