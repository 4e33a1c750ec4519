export { ClauseMarkDB, DB_NAME, type ClauseMarkDBOptions } from './database';
export { formatPath, parseInput, StorageError, storageFailure } from './errors';
export { flagPage, type FlagResult } from './flag';
export { clauseKey, matchIdOf, pageIdOf, verdictKeyOf } from './ids';
export { FlagInput, FlagMatch, PackInput, PageEdit, VerdictInput } from './inputs';
export { activeLexicons, addPack, listPacks, removePack, setPackEnabled, syncEnabledSetting } from './packs';
export {
  getPage,
  getPageFlags,
  libraryFacets,
  updatePage,
  type Facet,
  type PageDetail,
  type PageFlags,
} from './pages';
export { matchingIds, queryLibrary, type PageListRow, type QueryResult } from './query';
export { LibraryFilter, LibraryQuery, LibrarySort, SORT_FIELDS } from './query-schema';
export * from './rows';
export { LATEST_VERSION, SCHEMA_HISTORY, type SchemaVersion } from './schema';
export { loadSettings, saveSettings } from './settings';
export { summarizePage } from './summary';
export { domainOf, normalizeUrl } from './url';
export { setVerdict } from './verdicts';
export { deletePages, undoDelete, UNDO_WINDOW_MS, type DeleteResult } from './delete';
