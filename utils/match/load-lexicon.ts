import { getClause } from '../clauses';
import { Lexicon, type Entry, type Level, type ResolvedEntry, type Variant } from './lexicon';
import { normalizeTerm } from './normalize';

/** A lexicon that cannot be loaded; names the file, the entry and the reason. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${file}: ${entry}: ${reason}`);
    this.name = 'LexiconError';
  }
}

interface Defaults {
  lang?: 'zh' | 'en' | undefined;
  level?: Level | undefined;
  clauses?: string[] | undefined;
  note?: string | undefined;
}

function describe(entry: unknown): string {
  if (typeof entry === 'string') return JSON.stringify(entry);
  if (entry && typeof entry === 'object') {
    const e = entry as { term?: unknown; rule?: unknown };
    if (typeof e.term === 'string') return JSON.stringify(e.term);
    if (typeof e.rule === 'string') return JSON.stringify(e.rule);
  }
  return '';
}

/** Path of the failing entry ("groups[3].entries[12] \"法轮功\"") from a Zod issue path. */
function entryLabel(data: unknown, path: readonly PropertyKey[]): string {
  let cur: unknown = data;
  let label = '';
  let entryPart = '';
  for (const key of path) {
    label += typeof key === 'number' ? `[${key}]` : label ? `.${String(key)}` : String(key);
    cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && label.endsWith(`entries[${key}]`)) entryPart = `${label} ${describe(cur)}`;
  }
  return entryPart || label || '(top level)';
}

export interface ParseOptions {
  /**
   * Skip the schema pass for data shipped inside the extension, which the test suite already validates with the
   * same schema; the checks that resolve entries still run. Never set for files a user supplies.
   */
  trusted?: boolean;
}

/** Parses and checks a lexicon; throws LexiconError and returns nothing when any part is bad. */
export function parseLexicon(
  data: unknown,
  file: string,
  options: ParseOptions = {},
): { lexicon: Lexicon; entries: ResolvedEntry[] } {
  let lexicon: Lexicon;
  if (options.trusted) {
    const raw = data as Partial<Lexicon>;
    lexicon = { ...(raw as Lexicon), groups: raw.groups ?? [], entries: raw.entries ?? [] };
  } else {
    const parsed = Lexicon.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LexiconError(file, entryLabel(data, issue?.path ?? []), issue?.message ?? 'invalid lexicon');
    }
    lexicon = parsed.data;
  }
  const entries: ResolvedEntry[] = [];
  lexicon.groups.forEach((g, gi) =>
    g.entries.forEach((e, ei) =>
      entries.push(resolve(lexicon.id, file, `groups[${gi}].entries[${ei}]`, e, g)),
    ),
  );
  lexicon.entries.forEach((e, ei) => entries.push(resolve(lexicon.id, file, `entries[${ei}]`, e, {})));
  return { lexicon, entries };
}

/** Parses lexicon JSON text (a file's contents). */
export function parseLexiconText(text: string, file: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(file, '(file)', `not valid JSON: ${(err as Error).message}`);
  }
  return parseLexicon(data, file);
}

function resolve(lexicon: string, file: string, path: string, e: Entry, d: Defaults): ResolvedEntry {
  // Trusted data has not been through the schema, so its defaults are filled here too.
  const obj =
    typeof e === 'string'
      ? { term: e, variants: [] as Variant[], exceptions: [] as string[] }
      : 'rule' in e
        ? { ...e, exceptions: e.exceptions ?? [], window: e.window ?? 'sentence' }
        : { ...e, exceptions: e.exceptions ?? [], variants: e.variants ?? [] };
  const fail = (reason: string) => new LexiconError(file, `${path} ${describe(e)}`, reason);
  const lang = obj.lang ?? d.lang;
  const clauses = obj.clauses ?? d.clauses;
  const note = obj.note ?? d.note;
  const level = obj.level ?? d.level ?? 'strict';
  if (!lang) throw fail('no language: give "lang" on the entry or its group');
  if (!clauses) throw fail('no clause ids: give "clauses" on the entry or its group');
  if (!note) throw fail('no note saying why it falls under its clauses');
  for (const c of clauses) if (!getClause(c)) throw fail(`unknown clause id ${c}`);

  const base = { lexicon, path: `${file}: ${path}`, lang, level, clauses, note, exceptions: obj.exceptions };
  if ('rule' in obj) {
    const parts = obj.rule.split('+').map((p) => p.split('|').map((a) => a.trim()));
    for (const alt of parts.flat())
      if (!normalizeTerm(alt)) throw fail(`rule part "${alt}" is empty after normalisation`);
    for (const x of obj.exceptions)
      if (!parts.flat().some((alt) => normalizeTerm(x).includes(normalizeTerm(alt))))
        throw fail(`exception "${x}" contains no part of the rule, so it could never cancel it`);
    return { ...base, id: `${lexicon}:${obj.rule}`, variants: [], rule: { parts, window: obj.window } };
  }
  const term = obj.term;
  const variants = obj.variants.map((v) => (typeof v === 'string' ? { text: v, kind: undefined } : v));
  for (const s of [term, ...variants.map((v) => v.text)])
    if (!normalizeTerm(s)) throw fail(`"${s}" is empty after normalisation`);
  for (const x of obj.exceptions) {
    const nx = normalizeTerm(x);
    if (![term, ...variants.map((v) => v.text)].some((s) => nx.includes(normalizeTerm(s))))
      throw fail(`exception "${x}" does not contain the term, so it could never cancel it`);
  }
  return { ...base, id: `${lexicon}:${term}`, term, variants };
}
