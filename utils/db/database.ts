import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  MatchRow,
  PackRow,
  PageRow,
  SearchRow,
  SettingsRow,
  SnapshotRow,
  TrashRow,
  VerdictRow,
} from './rows';
import { LATEST_VERSION, SCHEMA_HISTORY } from './schema';

export const DB_NAME = 'clausemark';

export interface ClauseMarkDBOptions extends DexieOptions {
  /** declare only the schema versions up to this one (tests write databases the way older releases did) */
  upTo?: number;
}

/** The extension's IndexedDB database. The background owns writes; extension pages may read it directly. */
export class ClauseMarkDB extends Dexie {
  pages!: Table<PageRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  search!: Table<SearchRow, string>;
  matches!: Table<MatchRow, string>;
  verdicts!: Table<VerdictRow, string>;
  packs!: Table<PackRow, string>;
  settings!: Table<SettingsRow, string>;
  trash!: Table<TrashRow, string>;

  constructor(name = DB_NAME, { upTo = LATEST_VERSION, ...options }: ClauseMarkDBOptions = {}) {
    super(name, options);
    for (const v of SCHEMA_HISTORY) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
