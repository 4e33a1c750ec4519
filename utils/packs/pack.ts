import { ClauseId } from '../clauses/schema';
import { Lexicon, type ResolvedEntry } from '../match/lexicon';
import { parseLexicon } from '../match/load-lexicon';
import { z } from '../zod';
import { PackError } from './errors';

const Line = z.number().int().min(1);

/** One keyword as it stood in the file. */
export const KeywordRow = z.object({
  /** 1-based line and column of the keyword cell, for error messages */
  line: Line,
  column: Line,
  keyword: z.string().min(1),
  category: z.string(),
  /** every cell of the record (CSV) or the keyword alone (text), so the list can be written back unchanged */
  cells: z.array(z.string()),
});
export type KeywordRow = z.infer<typeof KeywordRow>;

/** A researcher's keyword list as read from its file, before it is mapped to clauses. */
export const KeywordList = z.object({
  format: z.enum(['csv', 'text']),
  fileName: z.string(),
  /** CSV header row; empty for plain text */
  header: z.array(z.string()),
  keywordColumn: z.number().int().min(0),
  /** -1 for plain text and CSV without a category column: every keyword is then in category "*" */
  categoryColumn: z.number().int().min(-1),
  rows: z.array(KeywordRow).min(1),
  /** how the file ended its lines and whether it began with a byte order mark, to write it back the same way */
  newline: z.enum(['\r\n', '\n']),
  bom: z.boolean(),
});
export type KeywordList = z.infer<typeof KeywordList>;
export type ListFormat = KeywordList['format'];

/** Which clauses each category falls under; the key "*" covers every category not named. */
export const CategoryMapping = z.record(z.string(), z.array(ClauseId).min(1));
export type CategoryMapping = z.infer<typeof CategoryMapping>;

/** A user's keyword list turned into a ClauseMark lexicon: what is stored and what is matched. */
export const Pack = z.object({
  id: z.string(),
  name: z.string().min(1),
  source: KeywordList,
  mapping: CategoryMapping,
  lexicon: Lexicon,
});
export type Pack = z.infer<typeof Pack>;

/** Checks a stored pack (from IndexedDB or a file) and returns it with its lexicon's entries, ready to compile. */
export function loadPack(data: unknown, where: string): { pack: Pack; entries: ResolvedEntry[] } {
  const parsed = Pack.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackError(where, `not a keyword pack: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const { entries } = parseLexicon(parsed.data.lexicon, where);
  return { pack: parsed.data, entries };
}
