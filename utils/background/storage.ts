import { browser } from 'wxt/browser';
import {
  activeLexicons,
  addPack,
  ClauseMarkDB,
  deletePages,
  flagPage,
  formatPath,
  getPage,
  getPageFlags,
  libraryFacets,
  listPacks,
  loadSettings,
  queryLibrary,
  removePack,
  saveSettings,
  setPackEnabled,
  setVerdict,
  undoDelete,
  updatePage,
  type DeleteResult,
  type Facet,
  type FlagResult,
  type PackRow,
  type PageDetail,
  type PageFlags,
  type PageListRow,
  type QueryResult,
} from '../db';
import { collect, exportFileName, FORMAT_INFO, importLibrary, serialize, dexieSource } from '../export';
import type { ImportResult } from '../export/import';
import { LibraryToBackground, PopupToBackground } from '../messages';
import type { Settings } from '../settings';

/** What every storage message is answered with; handlers never throw across the message boundary. */
export type Reply<T> = { ok: true; value: T; warning?: string } | { ok: false; error: string };

/** The value each storage message answers with. */
export interface StorageValues {
  'popup-to-background:flag-page': FlagResult;
  'popup-to-background:get-page-flags': PageFlags;
  'popup-to-background:set-verdict': { updated: number };
  'popup-to-background:get-settings': Settings;
  'popup-to-background:set-settings': Settings;
  'library-to-background:query': QueryResult;
  'library-to-background:facets': { domains: Facet[]; tags: Facet[]; clauseIds: Facet[]; pages: number };
  'library-to-background:get-page': PageDetail | null;
  'library-to-background:update-page': PageListRow;
  'library-to-background:set-verdict': { updated: number };
  'library-to-background:delete-pages': DeleteResult;
  'library-to-background:undo-delete': { pages: number; matches: number };
  'library-to-background:export': { fileName: string; mimeType: string; text: string };
  'library-to-background:import': ImportResult;
  'library-to-background:list-packs': PackRow[];
  'library-to-background:add-pack': PackRow;
  'library-to-background:remove-pack': { removed: boolean };
  'library-to-background:set-pack-enabled': PackRow;
  'library-to-background:get-settings': Settings;
  'library-to-background:set-settings': Settings;
}
export type StorageMessageType = keyof StorageValues;

/** Where content scripts read their configuration: the background keeps these keys in step with the database. */
export interface ConfigMirror {
  set(items: { settings?: Settings; activePacks?: unknown[] }): Promise<void>;
}

/** The message types this handler answers; other popup/library messages are left to other listeners. */
export const STORAGE_MESSAGE_TYPES: ReadonlySet<string> = new Set(
  [...PopupToBackground.options, ...LibraryToBackground.options].map((o) => o.shape.type.value),
);

export function isStorageMessage(raw: unknown): raw is { type: StorageMessageType } {
  const type = (raw as { type?: unknown } | null)?.type;
  return typeof type === 'string' && STORAGE_MESSAGE_TYPES.has(type);
}

/**
 * Answers storage messages from the popup and the library page. Input is Zod-checked (a misfit is answered
 * with the path of the first bad field); every failure becomes { ok: false, error }.
 */
export function createStorageHandler(db: ClauseMarkDB, mirror: ConfigMirror) {
  const syncConfig = async () => {
    const { settings } = await loadSettings(db);
    await mirror.set({ settings, activePacks: await activeLexicons(db) });
  };

  async function answer(raw: unknown): Promise<{ value: unknown; warning?: string }> {
    const type = (raw as { type?: unknown } | null)?.type;
    const schema = String(type).startsWith('popup-to-background:') ? PopupToBackground : LibraryToBackground;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid message'}`);
    }
    const m = parsed.data;
    switch (m.type) {
      case 'popup-to-background:flag-page': {
        const { type: _type, ...capture } = m;
        return { value: await flagPage(db, capture) };
      }
      case 'popup-to-background:get-page-flags':
        return { value: await getPageFlags(db, m.url) };
      case 'popup-to-background:set-verdict':
      case 'library-to-background:set-verdict':
        return { value: await setVerdict(db, m) };
      case 'popup-to-background:get-settings':
      case 'library-to-background:get-settings': {
        const { settings, error } = await loadSettings(db);
        return error ? { value: settings, warning: error } : { value: settings };
      }
      case 'popup-to-background:set-settings':
      case 'library-to-background:set-settings': {
        const value = await saveSettings(db, m.patch);
        await syncConfig();
        return { value };
      }
      case 'library-to-background:query':
        return { value: await queryLibrary(db, m) };
      case 'library-to-background:facets':
        return { value: await libraryFacets(db) };
      case 'library-to-background:get-page':
        return { value: (await getPage(db, m.id)) ?? null };
      case 'library-to-background:update-page':
        return { value: await updatePage(db, m) };
      case 'library-to-background:delete-pages':
        return { value: await deletePages(db, m.ids) };
      case 'library-to-background:undo-delete':
        return { value: await undoDelete(db, m.token) };
      case 'library-to-background:export': {
        const exportedAt = new Date().toISOString();
        const text = await collect(
          serialize(dexieSource(db, m.filter), m.format, { exportedAt, lang: m.lang }),
        );
        return {
          value: {
            fileName: exportFileName(m.format, exportedAt),
            mimeType: FORMAT_INFO[m.format].mimeType,
            text,
          },
        };
      }
      case 'library-to-background:import': {
        const value = await importLibrary(db, m.json);
        await syncConfig();
        return { value };
      }
      case 'library-to-background:list-packs':
        return { value: await listPacks(db) };
      case 'library-to-background:add-pack': {
        const value = await addPack(db, m.pack);
        await syncConfig();
        return { value };
      }
      case 'library-to-background:remove-pack': {
        const value = await removePack(db, m.id);
        await syncConfig();
        return { value };
      }
      case 'library-to-background:set-pack-enabled': {
        const value = await setPackEnabled(db, m.id, m.enabled);
        await syncConfig();
        return { value };
      }
    }
  }

  return {
    /** answers a storage message; never rejects */
    async handle(raw: unknown): Promise<Reply<unknown>> {
      try {
        const { value, warning } = await answer(raw);
        return warning === undefined ? { ok: true, value } : { ok: true, value, warning };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    /** writes settings and active packs to where content scripts read them */
    syncConfig,
  };
}

/**
 * Opens the database in the background and answers storage messages, but only from the extension's own pages
 * (popup, library): content scripts run beside untrusted pages and get no access to the library.
 */
export function registerStorage(api: typeof browser = browser, db = new ClauseMarkDB()) {
  const handler = createStorageHandler(db, { set: (items) => api.storage.local.set(items) });
  const ownPages = api.runtime.getURL('/');
  api.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isStorageMessage(raw)) return undefined;
    if (!sender.url?.startsWith(ownPages))
      return Promise.resolve({ ok: false, error: `${raw.type}: only extension pages may use storage` });
    return handler.handle(raw);
  });
  // content scripts may start before anything was ever saved: give them the stored (or default) configuration
  const ready = handler.syncConfig().catch((e: unknown) => console.error('[clausemark] storage:', e));
  return { db, handler, ready };
}

// Every message type in the protocol's storage unions has an entry in StorageValues.
type Declared = PopupToBackground | LibraryToBackground;
const _everyTypeHasAValue: [Exclude<Declared['type'], StorageMessageType>] extends [never] ? true : never =
  true;
