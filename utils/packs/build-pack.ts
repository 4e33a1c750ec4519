import { LEXICON_FORMAT, type Lexicon } from '../match/lexicon';
import { LexiconError, parseLexicon } from '../match/load-lexicon';
import type { z } from '../zod';
import { PackError } from './errors';
import { ALL_CATEGORIES, categoriesOf, readKeywordList } from './keyword-list';
import { checkMapping, clausesFor } from './mapping';
import type { CategoryMapping, KeywordList, KeywordRow, ListFormat, Pack } from './pack';

export interface PackOptions {
  /** lexicon id; by default made from the file name */
  id?: string;
  /** display name; by default the file name */
  name?: string;
  /** 'skip' leaves out the keywords of categories the mapping does not cover instead of failing */
  unmapped?: 'error' | 'skip';
}

const RE_HAN = /\p{Script=Han}/u;

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() || fileName;

/** A lexicon id from a file name: "Citizen Lab WeChat.csv" → "citizen-lab-wechat". */
export function packIdFor(fileName: string): string {
  const stem = baseName(fileName).replace(/\.[^.]*$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return id || 'pack';
}

function describeCategory(c: { category: string; count: number; line: number }, list: KeywordList): string {
  const name =
    c.category === ALL_CATEGORIES && list.categoryColumn < 0
      ? list.format === 'csv'
        ? '* (the file has no category column; map every keyword with "*")'
        : '* (every keyword of a plain-text list; map them with "*")'
      : c.category === ''
        ? '"" (empty category)'
        : JSON.stringify(c.category);
  return `${name}: ${c.count} keyword${c.count === 1 ? '' : 's'}, first on line ${c.line}`;
}

/** The lexicon entry for a keyword: "A+B" is a combination of keywords in one sentence, anything else a term. */
function entryFor(row: KeywordRow, fileName: string): string | { rule: string } {
  if (!row.keyword.includes('+')) return row.keyword;
  const parts = row.keyword.split('+').map((p) => p.split('|').map((a) => a.trim()));
  if (parts.some((alts) => alts.some((a) => !a)))
    throw new PackError(
      fileName,
      `${JSON.stringify(row.keyword)} has an empty part: "+" joins keywords that must all appear in one sentence`,
      row.line,
      row.column,
    );
  return { rule: row.keyword };
}

interface GroupDraft {
  note: string;
  clauses: string[];
  lang: 'zh' | 'en';
  entries: (string | { rule: string })[];
  rows: KeywordRow[];
}

/** Builds the pack's lexicon from a keyword list and a category mapping; throws PackError, returns nothing partial. */
export function packFromList(list: KeywordList, mapping: CategoryMapping, options: PackOptions = {}): Pack {
  checkMapping(mapping, list.fileName);
  const unmapped = categoriesOf(list).filter((c) => !clausesFor(mapping, c.category));
  if (unmapped.length > 0 && options.unmapped !== 'skip')
    throw new PackError(
      list.fileName,
      `categories not mapped to any clause: ${unmapped.map((c) => describeCategory(c, list)).join('; ')}`,
    );
  const id = options.id ?? packIdFor(list.fileName);
  const name = options.name ?? baseName(list.fileName);
  const groups = new Map<string, GroupDraft>();
  for (const row of list.rows) {
    const clauses = clausesFor(mapping, row.category);
    if (!clauses) continue;
    const lang = RE_HAN.test(row.keyword) ? 'zh' : 'en';
    const key = `${row.category}\u0000${lang}`;
    let g = groups.get(key);
    if (!g) {
      const note =
        row.category === ALL_CATEGORIES
          ? `Keyword from ${baseName(list.fileName)}`
          : `Category "${row.category}" in ${baseName(list.fileName)}`;
      g = { note, clauses: [...clauses], lang, entries: [], rows: [] };
      groups.set(key, g);
    }
    g.entries.push(entryFor(row, list.fileName));
    g.rows.push(row);
  }
  const drafts = [...groups.values()];
  if (drafts.length === 0)
    throw new PackError(list.fileName, 'no keywords left after leaving out unmapped categories');
  const draft: z.input<typeof Lexicon> = {
    format: LEXICON_FORMAT,
    id,
    name: { zh: name, en: name },
    description: `Imported from ${baseName(list.fileName)}`,
    groups: drafts.map(({ note, clauses, lang, entries }) => ({ note, clauses, lang, entries })),
    entries: [],
  };
  const lexicon = checkLexicon(draft, drafts, list.fileName);
  return { id, name, source: list, mapping, lexicon };
}

/** Runs the lexicon through the same checks as any lexicon file, reporting a failure at the keyword's line. */
function checkLexicon(draft: z.input<typeof Lexicon>, drafts: GroupDraft[], fileName: string): Lexicon {
  try {
    return parseLexicon(draft, fileName).lexicon;
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    const at = /^groups\[(\d+)\]\.entries\[(\d+)\]/.exec(err.entry);
    const row = at ? drafts[Number(at[1])]?.rows[Number(at[2])] : undefined;
    if (row)
      throw new PackError(fileName, `${JSON.stringify(row.keyword)}: ${err.reason}`, row.line, row.column);
    throw new PackError(fileName, `${err.entry}: ${err.reason}`);
  }
}

/** Reads a keyword list and builds its pack in one step. */
export function importPack(
  text: string,
  fileName: string,
  mapping: CategoryMapping,
  options: PackOptions & { format?: ListFormat } = {},
): Pack {
  return packFromList(readKeywordList(text, fileName, options.format), mapping, options);
}

/** The same keywords under a new mapping (the user changed which clauses a category falls under). */
export function remapPack(
  pack: Pack,
  mapping: CategoryMapping,
  options: Pick<PackOptions, 'unmapped'> = {},
): Pack {
  return packFromList(pack.source, mapping, { id: pack.id, name: pack.name, ...options });
}
