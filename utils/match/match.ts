import { compareClauseIds, impliedClauses } from '../clauses';
import { USE_ALLOW, USE_EXCEPTION, USE_TERM, type CompiledLexicon, type PatternUse } from './compile';
import { acceptable } from './checks';
import type { VariantKind } from './lexicon';
import { completeRules, ruleIndex, type RuleIndex } from './rule-index';
import { ruleWindows, type Hit, type PartHit } from './rules';
import { Scanner } from './scanner';
import { TextSegments } from './segments';
import { stepsOf, type Step } from './steps';

export interface MatchPart {
  start: number;
  end: number;
  term: string;
}

export interface Match {
  /** offsets into the ORIGINAL text, UTF-16 code units, end exclusive */
  start: number;
  end: number;
  /** the original slice */
  text: string;
  /** the lexicon string that matched (a variant where one did), as written in the lexicon */
  term: string;
  /** the entry's main term, or its rule */
  base: string;
  variant?: VariantKind | 'variant';
  clauses: string[];
  implied: string[];
  steps: Step[];
  /** "<lexicon id>:<term>" */
  entry: string;
  lexicon: string;
  note: string;
  /** for combination rules: where each part matched */
  parts?: MatchPart[];
}

export interface MatchOptions {
  /** documents whose clauses may be reported as implied (default: those enabled by default) */
  enabledDocuments?: readonly string[];
}

interface PartHits {
  lex: CompiledLexicon;
  termHits: PartHit[];
  exceptions: Map<number, Hit[]>;
  ruleParts: Map<number, PartHit[]>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Scans with one compiled lexicon and sorts its hits by role; allow-list hits go to the shared list. */
function scanPart(text: string, lex: CompiledLexicon, allowed: Hit[]): PartHits {
  const { hits, count } = Scanner.scan(lex.automaton, text);
  const part: PartHits = { lex, termHits: [], exceptions: new Map(), ruleParts: new Map() };
  if (count === 0) return part;
  const index = ruleIndex(lex);
  const rules = lex.ruleEntries.length ? completeRules(index, hits, count) : new Set<number>();
  for (let k = 0; k < count; k += 5) {
    const pattern = hits[k] as number;
    // Most hits are parts of rules that cannot fire here: skip them with a few array reads.
    if (index.ruleOnly[pattern] && !partOfComplete(index, pattern, rules)) continue;
    const h: Hit = {
      pattern,
      start: hits[k + 1] as number,
      end: hits[k + 2] as number,
      nstart: hits[k + 3] as number,
      nend: hits[k + 4] as number,
    };
    if (!acceptable(text, h.start, h.end, h.nend - h.nstart, lex.boundaries[pattern] ?? 0)) continue;
    for (const use of lex.uses[pattern] ?? []) {
      if (use.kind === USE_TERM) part.termHits.push([h, use]);
      else if (use.kind === USE_EXCEPTION) push(part.exceptions, use.entry, h);
      else if (use.kind === USE_ALLOW) allowed.push(h);
      else if (rules.has(use.entry)) push(part.ruleParts, use.entry, [h, use]);
    }
  }
  return part;
}

function partOfComplete(index: RuleIndex, pattern: number, rules: Set<number>): boolean {
  if (rules.size === 0) return false;
  for (let j = index.first[pattern] as number, end = index.first[pattern + 1] as number; j < end; j++)
    if (rules.has(index.entry[j] as number)) return true;
  return false;
}

const covers = (outer: Hit, inner: Hit) => outer.nstart <= inner.nstart && inner.nend <= outer.nend;

/**
 * Finds every passage of text that falls under a lexicon entry. Pure: text and lexicons in, matches out.
 * Several compiled lexicons (e.g. the shipped one and the user's packs) may be given; they are scanned apart and
 * their matches merged, and an allow-list in any of them cancels matches from all.
 */
export function matchText(
  text: string,
  lexicons: CompiledLexicon | readonly CompiledLexicon[],
  options: MatchOptions = {},
): Match[] {
  const allowed: Hit[] = [];
  // Normalisation is deterministic, so normalised offsets from different scans of the same text agree.
  const parts = (Array.isArray(lexicons) ? lexicons : [lexicons as CompiledLexicon]).map((lex) =>
    scanPart(text, lex, allowed),
  );
  const byspan = new Map<number, Match>();
  let segments: TextSegments | undefined;
  for (const { lex, termHits, exceptions, ruleParts } of parts) {
    const cancelled = (h: Hit, entry: number) =>
      (allowed.length > 0 && allowed.some((x) => covers(x, h))) ||
      (exceptions.get(entry)?.some((x) => covers(x, h)) ?? false);
    for (const [h, use] of termHits) {
      if (cancelled(h, use.entry)) continue;
      addMatch(byspan, text, lex, h.start, h.end, use, undefined);
    }
    for (const [entry, hits] of ruleParts) {
      const e = lex.entries[entry];
      if (!e?.rule) continue;
      const live = hits.filter(([h]) => !cancelled(h, entry));
      segments ??= new TextSegments(text);
      for (const chosen of ruleWindows(segments, live, e.rule.parts.length, e.rule.window)) {
        const start = Math.min(...chosen.map(([h]) => h.start));
        const end = Math.max(...chosen.map(([h]) => h.end));
        const where = chosen
          .map(([h, u]) => ({ start: h.start, end: h.end, term: u.text }))
          .sort((a, b) => a.start - b.start);
        addMatch(
          byspan,
          text,
          lex,
          start,
          end,
          { ...(chosen[0]?.[1] as PatternUse), variant: undefined },
          where,
        );
      }
    }
  }
  if (byspan.size === 0) return [];

  const matches = dropContained([...byspan.values()]);
  for (const m of matches) {
    m.clauses.sort(compareClauseIds);
    m.implied = implied(m.clauses, options.enabledDocuments);
    m.steps = stepsOf(m.parts ? m.parts.map((p) => text.slice(p.start, p.end)).join('') : m.text);
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

const impliedCache = new Map<string, string[]>();

/** impliedClauses, remembered per clause list: a page has thousands of matches but few distinct lists. */
function implied(clauses: string[], documents: readonly string[] | undefined): string[] {
  const key = `${clauses.join(' ')}|${documents?.join(' ') ?? '*'}`;
  let v = impliedCache.get(key);
  if (!v) {
    v = impliedClauses(clauses, documents);
    if (impliedCache.size > 1000) impliedCache.clear();
    impliedCache.set(key, v);
  }
  return [...v];
}

function addMatch(
  byspan: Map<number, Match>,
  text: string,
  lex: CompiledLexicon,
  start: number,
  end: number,
  use: PatternUse,
  parts: MatchPart[] | undefined,
) {
  const e = lex.entries[use.entry];
  if (!e) return;
  // One number per span and kind (term or rule): start < 2^32, length < 2^20 keep it exact.
  const key = start * 0x200000 + Math.min(end - start, 0xfffff) * 2 + (parts ? 1 : 0);
  const existing = byspan.get(key);
  if (existing) {
    for (const c of e.clauses) if (!existing.clauses.includes(c)) existing.clauses.push(c);
    return;
  }
  const base = e.term ?? e.rule?.parts.map((p) => p.join('|')).join('+') ?? '';
  const m: Match = {
    start,
    end,
    text: text.slice(start, end),
    term: parts ? base : use.text,
    base,
    clauses: [...e.clauses],
    implied: [],
    steps: [],
    entry: e.id,
    lexicon: e.lexicon,
    note: e.note,
  };
  if (use.variant) m.variant = use.variant;
  if (parts) m.parts = parts;
  byspan.set(key, m);
}

/** Drops a match lying inside another whose clauses include all of its own (法轮 inside 法轮功). */
function dropContained(ms: Match[]): Match[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  // Kept term matches that may still contain later ones; sorted by start, so a container ending before the
  // current start can never contain anything again (compacted in place as the sweep moves on).
  const active: Match[] = [];
  for (const m of ms) {
    let kept = 0;
    for (const o of active) if (o.end > m.start) active[kept++] = o;
    active.length = kept;
    const inside = active.some(
      (o) =>
        o.start <= m.start &&
        m.end <= o.end &&
        (o.end - o.start > m.end - m.start || m.parts !== undefined) &&
        m.clauses.every((c) => o.clauses.includes(c)),
    );
    if (inside) continue;
    out.push(m);
    if (!m.parts) active.push(m);
  }
  return out;
}
