import { USE_RULE_PART, type CompiledLexicon } from './compile';

/**
 * Per pattern, the rule entries it is a part of (flattened into typed arrays), built once per compiled lexicon.
 * Rule parts are often common words (明天, 政府) that hit many times on any page; this lets a scan decide with a
 * few array reads which rules have all their parts, and skip every other part hit without building anything.
 */
export interface RuleIndex {
  /** pattern → range [first[p], first[p + 1]) in entry/bit */
  first: Int32Array;
  entry: Int32Array;
  bit: Int32Array;
  /** per pattern: 1 when it is used only as a rule part */
  ruleOnly: Uint8Array;
  /** per entry: the mask of all its parts, 0 for entries that are not rules */
  full: Int32Array;
  /** scratch: parts seen per entry during one scan (all 0 between scans) */
  seen: Int32Array;
}

const cache = new WeakMap<CompiledLexicon, RuleIndex>();

export function ruleIndex(lex: CompiledLexicon): RuleIndex {
  let index = cache.get(lex);
  if (index) return index;
  const first = new Int32Array(lex.patterns.length + 1);
  const entry: number[] = [];
  const bit: number[] = [];
  const ruleOnly = new Uint8Array(lex.patterns.length);
  lex.uses.forEach((uses, p) => {
    first[p] = entry.length;
    let onlyRules = uses.length > 0;
    for (const u of uses)
      if (u.kind === USE_RULE_PART) {
        entry.push(u.entry);
        bit.push(1 << u.part);
      } else onlyRules = false;
    ruleOnly[p] = onlyRules ? 1 : 0;
  });
  first[lex.patterns.length] = entry.length;
  const full = new Int32Array(lex.entries.length);
  lex.entries.forEach((e, i) => {
    if (e.rule) full[i] = 2 ** e.rule.parts.length - 1;
  });
  const seen = new Int32Array(lex.entries.length);
  index = { first, entry: Int32Array.from(entry), bit: Int32Array.from(bit), ruleOnly, full, seen };
  cache.set(lex, index);
  return index;
}

/** The rule entries whose every part is among the hits (flat, five numbers per hit, pattern first). */
export function completeRules(index: RuleIndex, hits: Int32Array, count: number): Set<number> {
  const { first, entry, bit, seen, full } = index;
  const touched: number[] = [];
  for (let k = 0; k < count; k += 5) {
    const p = hits[k] as number;
    for (let j = first[p] as number, end = first[p + 1] as number; j < end; j++) {
      const e = entry[j] as number;
      if (seen[e] === 0) touched.push(e);
      seen[e] = (seen[e] as number) | (bit[j] as number);
    }
  }
  const complete = new Set<number>();
  for (const e of touched) {
    if (seen[e] === full[e]) complete.add(e);
    seen[e] = 0;
  }
  return complete;
}
