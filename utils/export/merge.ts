import type { MatchRow, PackRow, PageRow, Verdict, VerdictRow } from '../db/rows';

/** Something two libraries disagree on; the local value is kept and the incoming one reported. */
export interface Conflict {
  table: 'pages' | 'matches' | 'verdicts' | 'packs';
  id: string;
  field: string;
  kept: unknown;
  incoming: unknown;
}

export interface Merged<T> {
  row: T;
  /** the incoming row added information */
  changed: boolean;
  conflicts: Conflict[];
}

/** A reviewed verdict says more than 'unreviewed'; two different reviewed verdicts conflict. */
function mergeVerdict<T extends { verdict: Verdict; note: string }>(
  local: T,
  incoming: { verdict: Verdict; note: string },
  table: Conflict['table'],
  id: string,
): Merged<T> {
  const conflicts: Conflict[] = [];
  let row = local;
  if (local.verdict === 'unreviewed' && incoming.verdict !== 'unreviewed')
    row = { ...row, verdict: incoming.verdict };
  else if (incoming.verdict !== 'unreviewed' && incoming.verdict !== local.verdict)
    conflicts.push({ table, id, field: 'verdict', kept: local.verdict, incoming: incoming.verdict });
  const note = mergeNote(row.note, incoming.note, table, id);
  if (note.conflict) conflicts.push(note.conflict);
  row = note.value === row.note ? row : { ...row, note: note.value };
  return { row, changed: row !== local, conflicts };
}

/** An empty note takes the other one; two different notes conflict. */
function mergeNote(local: string, incoming: string, table: Conflict['table'], id: string) {
  if (local === incoming || incoming === '') return { value: local };
  if (local === '') return { value: incoming };
  return { value: local, conflict: { table, id, field: 'note', kept: local, incoming } satisfies Conflict };
}

export function mergeMatch(local: MatchRow, incoming: MatchRow): Merged<MatchRow> {
  return mergeVerdict(local, incoming, 'matches', local.id);
}

export function mergeRemembered(local: VerdictRow, incoming: VerdictRow): Merged<VerdictRow> {
  const merged = mergeVerdict(local, incoming, 'verdicts', local.key);
  const row = merged.changed
    ? { ...merged.row, updatedAt: max(local.updatedAt, incoming.updatedAt) }
    : merged.row;
  return { ...merged, row };
}

/** Same capture id: tags are united, notes merged; a different text under the same id is reported. */
export function mergePage(local: PageRow, incoming: PageRow): Merged<PageRow> {
  const conflicts: Conflict[] = [];
  for (const field of ['url', 'title', 'flaggedAt', 'snapshotSha256'] as const)
    if (local[field] !== incoming[field])
      conflicts.push({ table: 'pages', id: local.id, field, kept: local[field], incoming: incoming[field] });
  const tags = [...new Set([...local.tags, ...incoming.tags])];
  const note = mergeNote(local.note, incoming.note, 'pages', local.id);
  if (note.conflict) conflicts.push(note.conflict);
  const changed = tags.length !== local.tags.length || note.value !== local.note;
  return { row: changed ? { ...local, tags, note: note.value } : local, changed, conflicts };
}

/** Same pack id: the local pack stays; a different lexicon under the same id is reported. */
export function mergePack(local: PackRow, incoming: PackRow): Merged<PackRow> {
  const same = JSON.stringify(local.lexicon) === JSON.stringify(incoming.lexicon);
  return {
    row: local,
    changed: false,
    conflicts: same
      ? []
      : [
          {
            table: 'packs',
            id: local.id,
            field: 'lexicon',
            kept: '(local lexicon)',
            incoming: '(a different lexicon)',
          },
        ],
  };
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
