import type { LibraryFilter } from '../../utils/db/query-schema';
import type { ExportFormat } from '../../utils/export/format-id';
import type { Lang } from '../../utils/i18n';

/** What the library page asks its export worker for. */
export interface ExportRequest {
  /** the database to read (the extension's own; tests use others) */
  database?: string;
  format: ExportFormat;
  filter: LibraryFilter;
  lang: Lang;
}

/** What the worker sends back: the file's bytes a chunk at a time (transferred, not copied), then the end. */
export type ExportReply =
  { kind: 'chunk'; bytes: Uint8Array } | { kind: 'done' } | { kind: 'error'; message: string };
