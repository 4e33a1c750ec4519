import { CLS_NOISE, CLS_SPACE, INFO_CACHE, KIND_MAP, KIND_MASK, infoOf } from './fold';
import { walk, type UnitBatch, type UnitSink } from './walk';

/** Maps each normalised UTF-16 unit back to the span of original text it came from. */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

export interface Normalized {
  text: string;
  /** null when normalisation changed nothing: offsets are then the same in both texts. */
  map: OffsetMap | null;
}

class Collector implements UnitSink {
  private expected = 0;
  private units: number[] | null = null;
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly source: string) {}

  batch(b: UnitBatch, count: number): void {
    for (let k = 0; k < count; k++) {
      const unit = b.units[k] as number;
      const start = b.starts[k] as number;
      const end = b.ends[k] as number;
      if (this.units === null) {
        if (start === this.expected && end === start + 1 && unit === this.source.charCodeAt(start)) {
          this.expected = end;
          continue;
        }
        this.units = this.copiedSoFar();
      }
      this.units.push(unit);
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Everything before the first change was copied unchanged: materialise it. */
  private copiedSoFar(): number[] {
    const units: number[] = [];
    for (let k = 0; k < this.expected; k++) {
      units.push(this.source.charCodeAt(k));
      this.starts.push(k);
      this.ends.push(k + 1);
    }
    return units;
  }

  result(): Normalized {
    if (this.units === null && this.expected === this.source.length) return { text: this.source, map: null };
    const units = this.units ?? this.copiedSoFar();
    let text = '';
    for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.slice(k, k + 8192));
    return { text, map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) } };
  }
}

/** Normalises text for matching and keeps the way back to original offsets. */
export function normalize(text: string): Normalized {
  const c = new Collector(text);
  walk(text, c);
  return c.result();
}

/** Original [start, end) of the normalised span [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.map) return [start, end];
  const s = n.map.starts[start];
  const e = n.map.ends[end - 1];
  if (s === undefined || e === undefined)
    throw new RangeError(`span ${start}-${end} outside normalised text`);
  return [s, e];
}

/** Whether normalisation would leave text exactly as it is (checked without building anything). */
function unchanged(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const info = INFO_CACHE[c] || infoOf(c);
    if ((info & (KIND_MASK | CLS_NOISE | CLS_SPACE)) !== KIND_MAP || (info & 0xffff) !== c) return false;
  }
  return true;
}

/** Normalised form of a lexicon term (also trims whitespace the term was written with). */
export function normalizeTerm(term: string): string {
  // Most terms are already in normal form; thousands are normalised whenever a lexicon is compiled.
  if (unchanged(term)) return term;
  return normalize(term.trim()).text.trim();
}
