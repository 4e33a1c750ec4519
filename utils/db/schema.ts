import type { Transaction } from 'dexie';
import { packsV4, searchV5, summarizeV2 } from './upgrades';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** moves rows written by the previous version into this version's shape */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the database has had, oldest first. A committed version is never edited: a change gets a new
 * version with an upgrade step, and tests/fixtures/db/v<N>.json holds rows written by each older one.
 */
export const SCHEMA_HISTORY: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      pages: 'id, normUrl, flaggedAt, domain, *clauseIds, *tags',
      matches: 'id, pageId, verdictKey',
      verdicts: 'key, normUrl',
      packs: 'id',
      settings: 'id',
    },
  },
  {
    // Library queries: page texts move to their own table so listing 10,000 pages loads no snapshots, and pages
    // carry the verdicts and search text of their matches so filtering needs no scan of the matches.
    version: 2,
    stores: {
      pages: 'id, normUrl, flaggedAt, domain, title, matchCount, *clauseIds, *tags, *verdicts',
      snapshots: 'pageId',
    },
    upgrade: summarizeV2,
  },
  {
    // Undo for deletions: deleted captures wait here (whole, in one row) until undone or purged.
    version: 3,
    stores: { trash: 'token, deletedAt' },
  },
  {
    // Packs as utils/packs builds them: a category maps to several clauses, and the keyword list is kept so a
    // pack can be re-mapped later.
    version: 4,
    stores: {},
    upgrade: packsV4,
  },
  {
    // Text search reads every page's search text: in a table of its own that is a third of the bytes of
    // whole page rows.
    version: 5,
    stores: { search: 'pageId' },
    upgrade: searchV5,
  },
];

export const LATEST_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.version ?? 1;
