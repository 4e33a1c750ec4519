import Dexie from 'dexie';
import type { ClauseMarkDB } from '../../utils/db/database';
import { getPage, libraryFacets } from '../../utils/db/pages';
import { listPacks } from '../../utils/db/packs';
import { queryLibrary } from '../../utils/db/query';
import { loadSettings } from '../../utils/db/settings';
import { exportLibrary, FORMAT_INFO } from '../../utils/export';
import type { LibraryToBackground } from '../../utils/messages';
import type { LibraryBackend } from './backend';
import { collectBlob } from './download';
import { orderedIds } from './ordered-ids';
import { PageIndexCache } from './page-index';
import { exportInWorker } from './worker-export';

/** Sends one storage message to the background and resolves with its raw answer. */
export type SendMessage = (message: LibraryToBackground) => Promise<unknown>;

/** A refusal from the background (bad input, storage full, unknown id): its message says what and why. */
export class StorageRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageRefused';
  }
}

/** Changes from elsewhere arrive in bursts (one per table of a transaction): one refresh per burst. */
const QUIET_MS = 80;

/**
 * The library's storage: reads straight from the extension's IndexedDB (extension pages share it with the
 * background, and reading here spares a wake-up of the background for every scroll), exports streamed from it
 * the same way, and every write sent to the background, which owns writes and keeps the content scripts'
 * configuration in step.
 */
export function extensionBackend(
  db: ClauseMarkDB,
  send: SendMessage,
  { signal }: { signal?: AbortSignal } = {},
): LibraryBackend {
  const cache = new PageIndexCache(db);
  const changed = onLibraryChange(db, () => cache.invalidate());
  signal?.addEventListener('abort', changed, { once: true });

  async function ask<T>(message: LibraryToBackground): Promise<T> {
    const answer = (await send(message).finally(() => cache.invalidate())) as
      { ok: true; value: T } | { ok: false; error: string } | undefined;
    if (!answer || typeof answer !== 'object')
      throw new StorageRefused(`${message.type}: no answer from the background`);
    if (!answer.ok) throw new StorageRefused(answer.error);
    return answer.value;
  }
  return {
    query: (query) => queryLibrary(db, query),
    orderedIds: (filter, sort) => orderedIds(db, filter, sort, cache),
    readAhead: () => cache.readAhead(),
    rowsOf: (ids) => db.pages.bulkGet(ids),
    facets: () => libraryFacets(db),
    getPage: (id) => getPage(db, id),
    listPacks: () => listPacks(db),
    getSettings: async () => (await loadSettings(db)).settings,
    exportFile: async (request, progress = {}) => {
      const { format, filter, lang } = request;
      const type = FORMAT_INFO[format].mimeType;
      // in a worker when the browser can start one here; on the page otherwise, in slices
      const made = await exportInWorker({ ...request, database: db.name }, type, progress);
      return made ?? collectBlob(exportLibrary(db, format, filter, { lang }), type, progress);
    },

    describePage: async (id, change) => {
      await ask({ type: 'library-to-background:update-page', id, ...change });
    },
    setVerdict: (input) => ask({ type: 'library-to-background:set-verdict', ...input }),
    deletePages: (ids) => ask({ type: 'library-to-background:delete-pages', ids }),
    undoDelete: (token) => ask({ type: 'library-to-background:undo-delete', token }),
    importLibrary: (json) => ask({ type: 'library-to-background:import', json }),
    addPack: (pack) => ask({ type: 'library-to-background:add-pack', pack }),
    removePack: async (id) => {
      await ask({ type: 'library-to-background:remove-pack', id });
    },
    setPackEnabled: async (id, enabled) => {
      await ask({ type: 'library-to-background:set-pack-enabled', id, enabled });
    },
    saveSettings: (patch) => ask({ type: 'library-to-background:set-settings', patch }),

    watch(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = onLibraryChange(db, () => {
        clearTimeout(timer);
        timer = setTimeout(onChange, QUIET_MS);
      });
      return () => {
        clearTimeout(timer);
        stop();
      };
    },
  };
}

/**
 * Calls back on every committed write to the database, from this page or any other extension context (Dexie
 * passes them on over a BroadcastChannel); returns the unsubscribe.
 */
function onLibraryChange(db: ClauseMarkDB, onChange: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
