import type { MatchExport, PackExport, PageExport, VerdictExport } from './records';

/** A capture with its matches, in snapshot order. `page.snapshot` is '' unless snapshots were asked for. */
export interface Capture {
  page: PageExport;
  matches: MatchExport[];
}

/**
 * What the serialisers read: captures in export order (flaggedAt, then id), in batches, so a large library
 * streams without being loaded whole. Each call starts a new pass.
 */
export interface ExportSource {
  /** `matches: false` skips reading matches (captures then have none), for a pass over pages alone */
  captures(options: { snapshots: boolean; matches?: boolean }): AsyncIterable<Capture[]>;
  verdicts(): Promise<VerdictExport[]>;
  packs(): Promise<PackExport[]>;
}

export function byCaptureOrder(a: PageExport, b: PageExport): number {
  return compare(a.flaggedAt, b.flaggedAt) || compare(a.id, b.id);
}

export function byMatchOrder(a: MatchExport, b: MatchExport): number {
  return a.start - b.start || a.end - b.end || compare(a.id, b.id);
}

export function byVerdictOrder(a: VerdictExport, b: VerdictExport): number {
  return (
    compare(a.url, b.url) ||
    compare(a.clauseIds.join(' '), b.clauseIds.join(' ')) ||
    compare(a.quote, b.quote)
  );
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface LibraryData {
  pages: PageExport[];
  matches: MatchExport[];
  verdicts: VerdictExport[];
  packs: PackExport[];
}

/** A source over data already in memory (a parsed export, test data). */
export function memorySource(data: LibraryData, batchSize = 100): ExportSource {
  const pages = [...data.pages].sort(byCaptureOrder);
  const byPage = new Map<string, MatchExport[]>();
  for (const m of data.matches) {
    const list = byPage.get(m.pageId);
    if (list) list.push(m);
    else byPage.set(m.pageId, [m]);
  }
  return {
    async *captures({ snapshots, matches = true }) {
      for (let i = 0; i < pages.length; i += batchSize) {
        yield pages.slice(i, i + batchSize).map((page) => ({
          page: snapshots ? page : { ...page, snapshot: '' },
          matches: matches ? [...(byPage.get(page.id) ?? [])].sort(byMatchOrder) : [],
        }));
      }
    },
    verdicts: async () => [...data.verdicts].sort(byVerdictOrder),
    packs: async () => [...data.packs].sort((a, b) => compare(a.id, b.id)),
  };
}
