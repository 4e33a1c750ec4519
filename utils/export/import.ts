import type { ClauseMarkDB } from '../db/database';
import { formatPath, StorageError, storageFailure } from '../db/errors';
import { verdictKeyOf } from '../db/ids';
import { refreshPages } from '../db/refresh';
import type { MatchRow, PackRow, PageRow, VerdictRow } from '../db/rows';
import { domainOf, normalizeUrl } from '../db/url';
import { sha256Hex } from '../hash';
import { mergeMatch, mergePack, mergePage, mergeRemembered, type Conflict, type Merged } from './merge';
import { toMatchExport } from './records';
import { LibraryFile, quoteProblem } from './validate';

type Counts = Record<'pages' | 'matches' | 'verdicts' | 'packs', number>;

export interface ImportResult {
  /** rows that were not in the library */
  added: Counts;
  /** rows already in the library that took information from the file (a verdict, a note, tags) */
  merged: Counts;
  /** disagreements: the library's value was kept */
  conflicts: Conflict[];
}

/**
 * Imports a ClauseMark library file (text or parsed JSON) into the library, merging by id. The whole file is
 * checked first and written in one transaction: a bad file (the error names the path of the first bad field),
 * a full disk or an interruption leaves the library as it was.
 */
export async function importLibrary(db: ClauseMarkDB, input: string | unknown): Promise<ImportResult> {
  const file = validate(input);
  const snapshots = new Map(file.pages.map((p) => [p.id, p.snapshot]));
  const pages: PageRow[] = [];
  for (const [i, p] of file.pages.entries()) {
    if ((await sha256Hex(p.snapshot)) !== p.snapshotSha256)
      throw invalid(`pages[${i}].snapshotSha256`, 'does not match the snapshot (the file was altered)');
    const { snapshot: _snapshot, ...page } = p;
    const described = { ...page, normUrl: normalizeUrl(p.url), domain: domainOf(p.url) };
    // derived fields are filled in by refreshPages once the matches are in
    pages.push({ ...described, matchCount: 0, clauseIds: [], verdicts: [] });
  }
  const normUrlOf = new Map(pages.map((p) => [p.id, p.normUrl]));
  const verdicts: VerdictRow[] = [];
  for (const { url, ...v } of file.verdicts) {
    const normUrl = normalizeUrl(url);
    verdicts.push({ key: await verdictKeyOf(normUrl, v.clauseIds, v.quote), normUrl, ...v });
  }
  const packs: PackRow[] = file.packs.map((p) => ({ ...p }));

  // matches may belong to pages already in the library rather than in the file
  const outside = [...new Set(file.matches.map((m) => m.pageId).filter((id) => !normUrlOf.has(id)))];
  const [known, knownTexts] = await db.transaction('r', db.pages, db.snapshots, () =>
    Promise.all([db.pages.bulkGet(outside), db.snapshots.bulkGet(outside)]),
  );
  outside.forEach((id, k) => {
    const page = known[k];
    if (page) normUrlOf.set(id, page.normUrl);
    snapshots.set(id, knownTexts[k]?.text ?? '');
  });
  const matches: MatchRow[] = [];
  for (const [i, m] of file.matches.entries()) {
    const normUrl = normUrlOf.get(m.pageId);
    if (normUrl === undefined)
      throw invalid(`matches[${i}].pageId`, `unknown page ${JSON.stringify(m.pageId)}`);
    const misplaced = quoteProblem(snapshots.get(m.pageId) ?? '', m);
    if (misplaced) throw invalid(`matches[${i}].${misplaced[0]}`, misplaced[1]);
    // keys are hashed before the transaction: Web Crypto calls inside it would let it commit early
    matches.push({ ...toMatchExport(m), verdictKey: await verdictKeyOf(normUrl, m.clauseIds, m.quote) });
  }

  try {
    return await db.transaction(
      'rw',
      [db.pages, db.snapshots, db.search, db.matches, db.verdicts, db.packs],
      async (): Promise<ImportResult> => {
        const still = await db.pages.bulkGet(outside);
        const gone = outside.findIndex((_, k) => !still[k]);
        if (gone >= 0)
          throw invalid('matches', `page ${JSON.stringify(outside[gone])} was deleted during the import`);

        const added: Counts = { pages: 0, matches: 0, verdicts: 0, packs: 0 };
        const merged: Counts = { pages: 0, matches: 0, verdicts: 0, packs: 0 };
        const conflicts: Conflict[] = [];
        /** writes new rows and rows that merging changed; returns the keys of the new ones */
        const apply = async <T>(
          table: keyof Counts,
          rows: T[],
          keyOf: (r: T) => string,
          merge: (local: T, incoming: T) => Merged<T>,
        ): Promise<Set<string>> => {
          const existing = (await db.table(table).bulkGet(rows.map(keyOf))) as (T | undefined)[];
          const out: T[] = [];
          const fresh = new Set<string>();
          rows.forEach((row, k) => {
            const local = existing[k];
            if (!local) {
              added[table]++;
              fresh.add(keyOf(row));
              out.push(row);
              return;
            }
            const m = merge(local, row);
            conflicts.push(...m.conflicts);
            if (m.changed) {
              merged[table]++;
              out.push(m.row);
            }
          });
          await db.table(table).bulkPut(out);
          return fresh;
        };
        const newPages = await apply('pages', pages, (p) => p.id, mergePage);
        await db.snapshots.bulkPut(
          file.pages.filter((p) => newPages.has(p.id)).map((p) => ({ pageId: p.id, text: p.snapshot })),
        );
        await apply('matches', matches, (m) => m.id, mergeMatch);
        await apply('verdicts', verdicts, (v) => v.key, mergeRemembered);
        await apply('packs', packs, (p) => p.id, mergePack);
        await refreshPages(db, [...pages.map((p) => p.id), ...outside]);
        return { added, merged, conflicts };
      },
    );
  } catch (e) {
    throw storageFailure(e, 'the import');
  }
}

function validate(input: unknown): LibraryFile {
  let data = input;
  if (typeof input === 'string')
    try {
      data = JSON.parse(input);
    } catch (e) {
      throw invalid('(file)', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  const parsed = LibraryFile.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw invalid(formatPath(issue?.path ?? []), issue?.message ?? 'invalid');
}

function invalid(path: string, message: string): StorageError {
  return new StorageError(`${path}: ${message}`, 'invalid');
}
