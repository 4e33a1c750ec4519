import {
  CLS_BREAK,
  CLS_HAN,
  CLS_NOISE,
  CLS_SPACE,
  INFO_CACHE,
  KIND_DROP,
  KIND_EXPAND,
  KIND_MAP,
  KIND_MASK,
  KIND_SURROGATE,
  expansionOf,
  infoOf,
  infoOfAstral,
} from './fold';

/** Longest run of noise between two CJK characters that is removed (法 * 轮 is bridged, a paragraph is not). */
export const MAX_NOISE_RUN = 3;

/** Set on a unit that is not the first of the units one original character produced. */
export const UNIT_CONTINUES = 1;
/** Set on a unit that is not the last of the units one original character produced. */
export const UNIT_CONTINUED = 2;

/** Normalised units are handed over in batches of this many, so consumers run tight monomorphic loops. */
export const BATCH = 4096;

/**
 * A batch of normalised UTF-16 units, each with the original span [start, end) it came from and
 * UNIT_CONTINUES / UNIT_CONTINUED flags for characters that expand to several units.
 */
export interface UnitBatch {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/** Receives the normalised text batch by batch; only the first `count` entries of a batch are valid. */
export interface UnitSink {
  batch(b: UnitBatch, count: number): void;
}

/** Info and width (1 or 2 code units) of the character at i. */
function infoAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let info = INFO_CACHE[c] || infoOf(c);
  if ((info & KIND_MASK) === KIND_SURROGATE && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) info = infoOfAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return info;
}

function widthAt(text: string, i: number, info: number): number {
  return (info & KIND_MASK) !== KIND_SURROGATE && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff
    ? 2
    : 1;
}

/**
 * Whether the noise run starting at i (right after a CJK character) is short and followed by another CJK
 * character; returns the index after the run, or -1 when the run must be kept.
 */
function bridgeEnd(text: string, i: number): number {
  const n = text.length;
  let count = 0;
  while (i < n) {
    const info = infoAt(text, i);
    const kind = info & KIND_MASK;
    const w = widthAt(text, i, info);
    if (kind === KIND_DROP) {
      i += w;
      continue;
    }
    if (info & CLS_HAN) return count > 0 ? i : -1;
    if (info & CLS_BREAK || !(info & (CLS_NOISE | CLS_SPACE))) return -1;
    if (++count > MAX_NOISE_RUN) return -1;
    i += w;
  }
  return -1;
}

/**
 * The normaliser: NFKC with diacritics stripped, lower case, Traditional→Simplified, invisible characters
 * removed, whitespace runs collapsed, and short noise runs between CJK characters removed. Every unit
 * out is passed to the sink with the original span it came from.
 */
const newBatch = (): UnitBatch => ({
  units: new Uint16Array(BATCH + 8),
  starts: new Int32Array(BATCH + 8),
  ends: new Int32Array(BATCH + 8),
  flags: new Uint8Array(BATCH + 8),
});
// One batch is reused across calls (normalising thousands of short lexicon terms must not allocate 36 KB each);
// a walk started from inside a sink gets its own.
const shared = newBatch();
let sharedBusy = false;

export function walk(text: string, sink: UnitSink): void {
  const own = sharedBusy;
  sharedBusy = true;
  try {
    walkWith(own ? newBatch() : shared, text, sink);
  } finally {
    if (!own) sharedBusy = false;
  }
}

function walkWith(batch: UnitBatch, text: string, sink: UnitSink): void {
  const { units, starts, ends, flags } = batch;
  let count = 0;
  const n = text.length;
  const cache = INFO_CACHE;
  let prevHan = false;
  let prevSpace = false;
  let i = 0;
  while (i < n) {
    if (count >= BATCH) {
      sink.batch(batch, count);
      count = 0;
    }
    const c = text.charCodeAt(i);
    let info = cache[c] || infoOf(c);
    if ((info & (KIND_MASK | CLS_NOISE | CLS_SPACE)) === KIND_MAP) {
      units[count] = info & 0xffff;
      starts[count] = i;
      ends[count] = i + 1;
      flags[count] = 0;
      count++;
      prevHan = (info & CLS_HAN) !== 0;
      prevSpace = false;
      i++;
      continue;
    }
    let w = 1;
    if ((info & KIND_MASK) === KIND_SURROGATE) {
      info = infoAt(text, i);
      if ((info & KIND_MASK) !== KIND_SURROGATE) w = 2;
    }
    const kind = info & KIND_MASK;
    if (kind === KIND_DROP) {
      i += w;
      continue;
    }
    if (info & (CLS_NOISE | CLS_SPACE) && !(info & CLS_BREAK) && prevHan) {
      const end = bridgeEnd(text, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    if (info & CLS_SPACE) {
      if (!prevSpace) {
        units[count] = 0x20;
        starts[count] = i;
        ends[count] = i + w;
        flags[count] = 0;
        count++;
      }
      prevSpace = true;
      prevHan = false;
      i += w;
      continue;
    }
    prevSpace = false;
    prevHan = (info & CLS_HAN) !== 0;
    if (kind === KIND_EXPAND) {
      // Several units from one character (ﬁ → fi, an astral character → its pair): at most a few, and the
      // batch has room past BATCH for them.
      const s = expansionOf(info);
      const last = s.length - 1;
      for (let k = 0; k <= last; k++) {
        if (count >= BATCH + 8) {
          sink.batch(batch, count);
          count = 0;
        }
        units[count] = s.charCodeAt(k);
        starts[count] = i;
        ends[count] = i + w;
        flags[count] = (k > 0 ? UNIT_CONTINUES : 0) | (k < last ? UNIT_CONTINUED : 0);
        count++;
      }
    } else {
      // A mapped noise character, or a lone surrogate passed through unchanged.
      units[count] = kind === KIND_SURROGATE ? c : info & 0xffff;
      starts[count] = i;
      ends[count] = i + w;
      flags[count] = 0;
      count++;
    }
    i += w;
  }
  if (count > 0) sink.batch(batch, count);
}
