import { buildAutomaton, type Automaton } from './aho-corasick';
import { CLS_WORD, infoOf } from './fold';
import type { ResolvedEntry, VariantKind } from './lexicon';
import { normalizeTerm } from './normalize';

export const USE_TERM = 0;
export const USE_EXCEPTION = 1;
export const USE_RULE_PART = 2;
export const USE_ALLOW = 3;

/** One role a pattern string plays: a term (or variant) of an entry, an exception, a rule part, an allow-list entry. */
export interface PatternUse {
  kind: typeof USE_TERM | typeof USE_EXCEPTION | typeof USE_RULE_PART | typeof USE_ALLOW;
  entry: number;
  /** the string as written in the lexicon */
  text: string;
  variant: VariantKind | 'variant' | undefined;
  part: number;
}

export interface CompiledLexicon {
  automaton: Automaton;
  /** normalised pattern strings, by pattern id */
  patterns: string[];
  uses: PatternUse[][];
  /** per pattern: 1 where a word boundary is needed before (bit 0) / after (bit 1) */
  boundaries: Uint8Array;
  entries: ResolvedEntry[];
  ruleEntries: number[];
}

export interface CompileOptions {
  /** Terms or contexts that must never fire, whichever lexicon they come from. */
  allow?: readonly string[];
}

const isWordUnit = (u: number | undefined) => u !== undefined && (infoOf(u) & CLS_WORD) !== 0;

/** Builds one automaton over every term, variant, exception, rule part and allow-list entry. */
export function compileLexicon(
  entries: readonly ResolvedEntry[],
  options: CompileOptions = {},
): CompiledLexicon {
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const uses: PatternUse[][] = [];
  const add = (text: string, use: Omit<PatternUse, 'text'>) => {
    const norm = normalizeTerm(text);
    if (!norm) return;
    let id = ids.get(norm);
    if (id === undefined) {
      id = patterns.length;
      ids.set(norm, id);
      patterns.push(norm);
      uses.push([]);
    }
    uses[id]?.push({ ...use, text });
  };
  const ruleEntries: number[] = [];
  entries.forEach((e, entry) => {
    if (e.term !== undefined) {
      add(e.term, { kind: USE_TERM, entry, variant: undefined, part: 0 });
      for (const v of e.variants)
        add(v.text, { kind: USE_TERM, entry, variant: v.kind ?? 'variant', part: 0 });
    }
    if (e.rule) {
      ruleEntries.push(entry);
      e.rule.parts.forEach((alts, part) => {
        for (const a of alts) add(a, { kind: USE_RULE_PART, entry, variant: undefined, part });
      });
    }
    for (const x of e.exceptions) add(x, { kind: USE_EXCEPTION, entry, variant: undefined, part: 0 });
  });
  for (const a of options.allow ?? []) add(a, { kind: USE_ALLOW, entry: -1, variant: undefined, part: 0 });

  const boundaries = new Uint8Array(patterns.length);
  patterns.forEach((p, id) => {
    boundaries[id] = (isWordUnit(p.charCodeAt(0)) ? 1 : 0) | (isWordUnit(p.charCodeAt(p.length - 1)) ? 2 : 0);
  });
  return {
    automaton: buildAutomaton(patterns),
    patterns,
    uses,
    boundaries,
    entries: [...entries],
    ruleEntries,
  };
}
