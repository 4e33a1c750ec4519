import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Character-level Traditional→Simplified from OpenCC's own dictionaries (regional variants first, then
 * TSCharacters). Character level rather than phrase level keeps one output character per input character,
 * so offsets map back exactly; the lexicon goes through the same function, so phrase-level choices
 * (乾隆 vs 干) cannot make text and term disagree.
 */
export interface TraditionalTables {
  /** code point → simplified code point, closed under repeated application */
  toSimplified: Map<number, number>;
  /** code points that are themselves Simplified characters (so 著 in 著名 is not reported as Traditional) */
  simplified: Set<number>;
}

function parse(dict: string, into: Map<number, number>) {
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (!from || !to) continue;
    const f = from.codePointAt(0);
    const t = to.codePointAt(0);
    // Only one-character to one-character entries: anything else would break the offset map.
    if (f === undefined || t === undefined || [...from].length !== 1 || [...to].length !== 1) continue;
    if (!into.has(f)) into.set(f, t);
  }
}

let tables: TraditionalTables | undefined;

export function traditionalTables(): TraditionalTables {
  if (tables) return tables;
  const variants = new Map<number, number>();
  parse(TWVariantsRev, variants);
  parse(HKVariantsRev, variants);
  const ts = new Map<number, number>();
  parse(TSCharacters, ts);
  const step = (c: number) => ts.get(variants.get(c) ?? c) ?? variants.get(c) ?? c;
  const toSimplified = new Map<number, number>();
  for (const c of new Set([...variants.keys(), ...ts.keys()])) {
    // Follow chains until they stop so that folding twice equals folding once.
    let cur = c;
    for (let i = 0; i < 4; i++) {
      const next = step(cur);
      if (next === cur) break;
      cur = next;
    }
    if (cur !== c) toSimplified.set(c, cur);
  }
  const simplified = new Set<number>();
  const st = new Map<number, number>();
  parse(STCharacters, st);
  for (const s of st.keys()) simplified.add(s);
  tables = { toSimplified, simplified };
  return tables;
}
