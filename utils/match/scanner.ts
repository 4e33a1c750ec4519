import type { Automaton } from './aho-corasick';
import { UNIT_CONTINUED, UNIT_CONTINUES, walk, type UnitSink } from './walk';

/**
 * Raw automaton hits in one pass over the text, normalising as it goes. A ring buffer of the original
 * start of the last few normalised units maps each hit back to the original text, so no offset map of
 * the whole text is ever built.
 *
 * Hits are stored flat, five numbers each: pattern, original start, original end, normalised start,
 * normalised end.
 */
export class Scanner implements UnitSink {
  private state = 0;
  private pos = 0;
  private readonly ring: Int32Array;
  private readonly mask: number;
  readonly hits: number[] = [];

  constructor(private readonly a: Automaton) {
    let size = 2;
    while (size < a.maxLength + 2) size <<= 1;
    this.ring = new Int32Array(size);
    this.mask = size - 1;
  }

  unit(unit: number, start: number, end: number, flags: number): void {
    const a = this.a;
    const sym = a.symOf[unit] as number;
    let s = this.state;
    if (sym === 0) s = 0;
    else {
      for (;;) {
        if (s === 0) {
          s = a.rootNext[sym] as number;
          break;
        }
        // Children are sorted by symbol: a short linear scan beats binary search for the usual 1–4.
        let k = a.childFirst[s] as number;
        const last = k + (a.childCount[s] as number);
        while (k < last && (a.childSym[k] as number) < sym) k++;
        if (k < last && a.childSym[k] === sym) {
          s = a.childState[k] as number;
          break;
        }
        s = a.fail[s] as number;
      }
    }
    this.state = s;
    const idx = this.pos++;
    this.ring[idx & this.mask] = flags & UNIT_CONTINUES ? -1 : start;
    if (s !== 0 && ((a.outPattern[s] as number) >= 0 || a.outLink[s] !== 0)) this.report(s, idx, end, flags);
  }

  private report(state: number, idx: number, end: number, flags: number) {
    if (flags & UNIT_CONTINUED) return; // a hit cannot end inside one original character's expansion
    const a = this.a;
    for (let s = state; s !== 0; s = a.outLink[s] as number) {
      const p = a.outPattern[s] as number;
      if (p < 0) continue;
      const len = a.patternLength[p] as number;
      const start = this.ring[(idx - len + 1) & this.mask] as number;
      if (start >= 0) this.hits.push(p, start, end, idx - len + 1, idx + 1);
    }
  }

  /** Scans the text and returns the flat hit list. */
  static scan(a: Automaton, text: string): number[] {
    const s = new Scanner(a);
    walk(text, s);
    return s.hits;
  }
}
