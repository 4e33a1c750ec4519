import {
  NODE_COUNT,
  NODE_FAIL,
  NODE_FIELDS,
  NODE_FIRST,
  NODE_REPORTS,
  pairHash,
  type Automaton,
} from './aho-corasick';
import { UNIT_CONTINUED, UNIT_CONTINUES, walk, type UnitBatch, type UnitSink } from './walk';

/**
 * Raw automaton hits in one pass over the text, normalising as it goes. A ring buffer of the original
 * start of the last few normalised units maps each hit back to the original text, so no offset map of
 * the whole text is ever built.
 *
 * Hits are stored flat, five numbers each: pattern, original start, original end, normalised start,
 * normalised end; `count` numbers of `hits` are valid.
 */
export class Scanner implements UnitSink {
  private state = 0;
  private pos = 0;
  /** the unit before the current one (the pair filter needs it) */
  private prev = 0;
  private readonly ring: Int32Array;
  private readonly mask: number;
  hits = new Int32Array(5 * 256);
  count = 0;

  constructor(private readonly a: Automaton) {
    let size = 2;
    while (size < a.maxLength + 2) size <<= 1;
    this.ring = new Int32Array(size);
    this.mask = size - 1;
  }

  batch(b: UnitBatch, count: number): void {
    const { rootNext, nodes, units: edgeUnits, pairs, rootChildren } = this.a;
    const { units, starts, ends, flags } = b;
    const ring = this.ring;
    const mask = this.mask;
    let s = this.state;
    let pos = this.pos;
    let prev = this.prev;
    for (let k = 0; k < count; k++) {
      const unit = units[k] as number;
      for (;;) {
        if (s === 0) {
          s = rootNext[unit] as number;
          break;
        }
        if (s <= rootChildren) {
          // One character into a pattern, whose failure state is the root: most text characters are here.
          const h = pairHash(prev, unit);
          if (((pairs[h >>> 5] as number) & (1 << (h & 31))) === 0) {
            s = rootNext[unit] as number;
            break;
          }
        }
        // Edges are sorted by code unit: scan a few, binary-search many (states after frequent characters can
        // have hundreds).
        const base = s * NODE_FIELDS;
        let lo = nodes[base + NODE_FIRST] as number;
        let hi = lo + (nodes[base + NODE_COUNT] as number);
        while (hi - lo > 8) {
          const mid = (lo + hi) >>> 1;
          if ((edgeUnits[mid] as number) <= unit) lo = mid;
          else hi = mid;
        }
        while (lo < hi && (edgeUnits[lo] as number) < unit) lo++;
        if (lo < hi && edgeUnits[lo] === unit) {
          s = lo + 1; // edge k leads to state k + 1
          break;
        }
        s = nodes[base + NODE_FAIL] as number;
      }
      const f = flags[k] as number;
      ring[pos & mask] = f & UNIT_CONTINUES ? -1 : (starts[k] as number);
      if (nodes[s * NODE_FIELDS + NODE_REPORTS] !== 0) this.report(s, pos, ends[k] as number, f);
      pos++;
      prev = unit;
    }
    this.state = s;
    this.pos = pos;
    this.prev = prev;
  }

  private report(state: number, idx: number, end: number, flags: number) {
    if (flags & UNIT_CONTINUED) return; // a hit cannot end inside one original character's expansion
    const a = this.a;
    for (let s = state; s !== 0; s = a.outLink[s] as number) {
      const p = a.outPattern[s] as number;
      if (p < 0) continue;
      const len = a.patternLength[p] as number;
      const start = this.ring[(idx - len + 1) & this.mask] as number;
      if (start < 0) continue;
      if (this.count + 5 > this.hits.length) {
        const grown = new Int32Array(this.hits.length * 2);
        grown.set(this.hits);
        this.hits = grown;
      }
      const h = this.hits;
      const c = this.count;
      h[c] = p;
      h[c + 1] = start;
      h[c + 2] = end;
      h[c + 3] = idx - len + 1;
      h[c + 4] = idx + 1;
      this.count = c + 5;
    }
  }

  /** Scans the text; the first `count` numbers of `hits` are the hits. */
  static scan(a: Automaton, text: string): { hits: Int32Array; count: number } {
    const s = new Scanner(a);
    walk(text, s);
    return { hits: s.hits, count: s.count };
  }
}
