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

/**
 * Receives the normalised text one UTF-16 unit at a time, with the original span it came from.
 * `flags` carries UNIT_CONTINUES / UNIT_CONTINUED for characters that expand to several units.
 */
export interface UnitSink {
  unit(unit: number, start: number, end: number, flags: number): void;
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
export function walk(text: string, sink: UnitSink): void {
  const n = text.length;
  let prevHan = false;
  let prevSpace = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let info = INFO_CACHE[c] || infoOf(c);
    if ((info & (KIND_MASK | CLS_NOISE | CLS_SPACE)) === KIND_MAP) {
      sink.unit(info & 0xffff, i, i + 1, 0);
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
      if (!prevSpace) sink.unit(0x20, i, i + w, 0);
      prevSpace = true;
      prevHan = false;
      i += w;
      continue;
    }
    prevSpace = false;
    prevHan = (info & CLS_HAN) !== 0;
    if (kind === KIND_EXPAND) {
      const s = expansionOf(info);
      const last = s.length - 1;
      for (let k = 0; k <= last; k++)
        sink.unit(s.charCodeAt(k), i, i + w, (k > 0 ? UNIT_CONTINUES : 0) | (k < last ? UNIT_CONTINUED : 0));
    } else if (kind === KIND_SURROGATE) {
      sink.unit(c, i, i + 1, 0); // a lone surrogate passes through unchanged
    } else {
      sink.unit(info & 0xffff, i, i + w, 0);
    }
    i += w;
  }
}
