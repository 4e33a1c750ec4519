import { compareClauseIds, impliedClauses } from '../clauses';
import {
  USE_ALLOW,
  USE_EXCEPTION,
  USE_RULE_PART,
  USE_TERM,
  type CompiledLexicon,
  type PatternUse,
} from './compile';
import { CLS_BREAK, CLS_CLAUSE, CLS_HAN, CLS_SENTENCE, CLS_WORD, KIND_DROP, KIND_MASK } from './fold';
import type { VariantKind } from './lexicon';
import { Scanner } from './scanner';
import { codePointInfo, stepsOf, type Step } from './steps';

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

interface Hit {
  pattern: number;
  start: number;
  end: number;
  nstart: number;
  nend: number;
}

interface PartHits {
  lex: CompiledLexicon;
  termHits: [Hit, PatternUse][];
  exceptions: Map<number, Hit[]>;
  ruleParts: Map<number, [Hit, PatternUse][]>;
}

/** Scans with one compiled lexicon and sorts its hits by role; allow-list hits go to the shared list. */
function scanPart(text: string, lex: CompiledLexicon, allowed: Hit[]): PartHits {
  const flat = Scanner.scan(lex.automaton, text);
  const part: PartHits = { lex, termHits: [], exceptions: new Map(), ruleParts: new Map() };
  for (let k = 0; k < flat.length; k += 5) {
    const h = {
      pattern: flat[k] as number,
      start: flat[k + 1] as number,
      end: flat[k + 2] as number,
      nstart: flat[k + 3] as number,
      nend: flat[k + 4] as number,
    };
    if (!acceptable(text, h, lex.boundaries[h.pattern] ?? 0)) continue;
    for (const use of lex.uses[h.pattern] ?? []) {
      if (use.kind === USE_TERM) part.termHits.push([h, use]);
      else if (use.kind === USE_EXCEPTION) push(part.exceptions, use.entry, h);
      else if (use.kind === USE_ALLOW) allowed.push(h);
      else if (use.kind === USE_RULE_PART) push(part.ruleParts, use.entry, [h, use]);
    }
  }
  return part;
}

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
  const byspan = new Map<string, Match>();
  for (const { lex, termHits, exceptions, ruleParts } of parts) {
    const cancelled = (h: Hit, entry: number) =>
      allowed.some((x) => covers(x, h)) || (exceptions.get(entry) ?? []).some((x) => covers(x, h));
    for (const [h, use] of termHits) {
      if (cancelled(h, use.entry)) continue;
      addMatch(byspan, text, lex, h.start, h.end, use, undefined);
    }
    for (const [entry, hits] of ruleParts) {
      const e = lex.entries[entry];
      if (!e?.rule) continue;
      const live = hits.filter(([h]) => !cancelled(h, entry));
      for (const chosen of ruleWindows(text, live, e.rule.parts.length, e.rule.window)) {
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
    m.implied = impliedClauses(m.clauses, options.enabledDocuments);
    m.steps = stepsOf(m.parts ? m.parts.map((p) => text.slice(p.start, p.end)).join('') : m.text);
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const covers = (outer: Hit, inner: Hit) => outer.nstart <= inner.nstart && inner.nend <= outer.nend;

function addMatch(
  byspan: Map<string, Match>,
  text: string,
  lex: CompiledLexicon,
  start: number,
  end: number,
  use: PatternUse,
  parts: MatchPart[] | undefined,
) {
  const e = lex.entries[use.entry];
  if (!e) return;
  const key = `${start}:${end}:${parts ? 'r' : 't'}`;
  const existing = byspan.get(key);
  if (existing) {
    for (const c of e.clauses) if (!existing.clauses.includes(c)) existing.clauses.push(c);
    return;
  }
  const base = e.term ?? e.rule?.parts.map((p) => p.join('|')).join('+') ?? '';
  byspan.set(key, {
    start,
    end,
    text: text.slice(start, end),
    term: parts ? base : use.text,
    base,
    ...(use.variant ? { variant: use.variant } : {}),
    clauses: [...e.clauses],
    implied: [],
    steps: [],
    entry: e.id,
    lexicon: e.lexicon,
    note: e.note,
    ...(parts ? { parts } : {}),
  });
}

/** Drops a match lying inside another whose clauses include all of its own (法轮 inside 法轮功). */
function dropContained(ms: Match[]): Match[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  // Kept term matches that may still contain later ones; sorted by start, so a container ending before
  // the current start can never contain anything again.
  let active: Match[] = [];
  for (const m of ms) {
    active = active.filter((o) => o.end > m.start);
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

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the nearest character before (dir -1) or from (dir 1) offset i that normalisation keeps is a letter or digit. */
function wordAt(text: string, i: number, dir: 1 | -1): boolean {
  let k = i;
  for (let guard = 0; guard < 16; guard++) {
    let at = dir === 1 ? k : k - 1;
    if (at < 0 || at >= text.length) return false;
    if (dir === -1 && at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) at--;
    const [info, w] = codePointInfo(text, at);
    if ((info & KIND_MASK) !== KIND_DROP) return (info & CLS_WORD) !== 0;
    k = dir === 1 ? at + w : at;
  }
  return false;
}

/** Word boundaries for Latin terms; systematic-insertion check where noise with clause punctuation was removed. */
function acceptable(text: string, h: Hit, boundaries: number): boolean {
  if (boundaries & 1 && wordAt(text, h.start, -1)) return false;
  if (boundaries & 2 && wordAt(text, h.end, 1)) return false;
  if (h.end - h.start === h.nend - h.nstart) return true;
  // Was a gap between two CJK characters bridged across a comma or full stop? Only accept that when every
  // pair of characters has a gap (法，轮，功: deliberate insertion), never for one gap (…大法。轮到…).
  let han = 0;
  let gaps = 0;
  let clauseGap = false;
  let inGap = false;
  for (let i = h.start; i < h.end;) {
    const [info, w] = codePointInfo(text, i);
    i += w;
    if ((info & KIND_MASK) === KIND_DROP) continue;
    if (info & CLS_HAN) {
      if (inGap && han > 0) gaps++;
      han++;
      inGap = false;
    } else if (han > 0) {
      inGap = true;
      if (info & CLS_CLAUSE) clauseGap = true;
    }
  }
  return !clauseGap || (han >= 3 && gaps === han - 1);
}

/** For each window (sentence or N characters) holding every part, one hit per part. */
function ruleWindows(
  text: string,
  hits: [Hit, PatternUse][],
  partCount: number,
  window: 'sentence' | number,
): [Hit, PatternUse][][] {
  if (new Set(hits.map(([, u]) => u.part)).size < partCount) return [];
  hits.sort((a, b) => a[0].start - b[0].start);
  // A window never crosses a line break (so a corpus scanned line-aligned chunk by chunk gives the same result as
  // the whole text); a sentence window also ends at sentence punctuation.
  const segment = segmentIds(
    text,
    hits.map(([h]) => h.start),
    window === 'sentence',
  );
  const groups = new Map<number, [Hit, PatternUse][]>();
  hits.forEach((h, i) => push(groups, segment[i] ?? 0, h));
  const out: [Hit, PatternUse][][] = [];
  for (const group of groups.values()) {
    if (window === 'sentence') {
      const chosen = pickParts(group, partCount);
      if (chosen) out.push(chosen);
      continue;
    }
    let from = 0;
    while (from < group.length) {
      const anchor = group[from]?.[0];
      if (!anchor) break;
      const chosen = pickParts(
        group.slice(from).filter(([h]) => h.end - anchor.start <= window),
        partCount,
      );
      if (chosen) {
        out.push(chosen);
        const end = Math.max(...chosen.map(([h]) => h.end));
        while (from < group.length && (group[from]?.[0].start ?? 0) < end) from++;
      } else from++;
    }
  }
  return out;
}

function pickParts(hits: [Hit, PatternUse][], partCount: number) {
  const chosen: [Hit, PatternUse][] = [];
  for (let p = 0; p < partCount; p++) {
    const h = hits.find(([, u]) => u.part === p);
    if (!h) return undefined;
    chosen.push(h);
  }
  return chosen;
}

/** A full stop followed by white space ends an English sentence (3.5 and U.S. do not). */
function endsEnglishSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0xff0e) return false;
  const next = text.charCodeAt(i + 1);
  return (
    Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0xa0 || next === 0x3000
  );
}

/**
 * Segment number of each (sorted) original offset: counts the line breaks before it, and with `sentences` the
 * sentence ends too.
 */
function segmentIds(text: string, offsets: number[], sentences: boolean): number[] {
  const ids: number[] = [];
  const mask = sentences ? CLS_SENTENCE | CLS_BREAK : CLS_BREAK;
  let i = 0;
  let id = 0;
  for (const off of offsets) {
    while (i < off) {
      const [info, w] = codePointInfo(text, i);
      if (info & mask || (sentences && endsEnglishSentence(text, i))) id++;
      i += w;
    }
    ids.push(id);
  }
  return ids;
}
