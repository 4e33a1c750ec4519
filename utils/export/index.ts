import type { ClauseMarkDB } from '../db/database';
import type { LibraryFilter } from '../db/query-schema';
import { dexieSource } from './dexie-source';
import { serialize, type ExportFormat, type ExportOptions } from './formats';

export { serializeAnnotations } from './annotation';
export { ChunkBuffer, collect } from './chunks';
export { csvCell, CSV_COLUMNS, serializeCsv } from './csv';
export { dexieSource } from './dexie-source';
export {
  EXPORT_FORMATS,
  ExportFormat,
  exportFileName,
  FORMAT_INFO,
  serialize,
  type ExportOptions,
} from './formats';
export { importLibrary, type ImportResult } from './import';
export { serializeJson } from './json';
export { serializeJsonl } from './jsonl';
export type { Conflict } from './merge';
export * from './records';
export { memorySource, type Capture, type ExportSource, type LibraryData } from './source';
export { LibraryFile } from './validate';

/**
 * Streams the library, or the part a library filter selects, straight from the database. Extension pages
 * share the extension's IndexedDB, so the library page can call this itself for exports too big for a message.
 */
export async function* exportLibrary(
  db: ClauseMarkDB,
  format: ExportFormat,
  filter: LibraryFilter = {},
  options: ExportOptions = {},
): AsyncGenerator<string> {
  yield* serialize(dexieSource(db, filter), format, options);
}
