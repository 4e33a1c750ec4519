import {
  CLS_HAN,
  CLS_NOISE,
  CLS_SPACE,
  KIND_DROP,
  KIND_MASK,
  STEP_CASE,
  STEP_DIACRITICS,
  STEP_TRADITIONAL,
  STEP_WIDTH,
  STEP_ZERO_WIDTH,
  INFO_CACHE,
  infoOf,
  infoOfAstral,
} from './fold';

export const STEPS = [
  'traditional',
  'width',
  'case',
  'diacritics',
  'zero-width',
  'noise-removed',
  'whitespace',
] as const;
export type Step = (typeof STEPS)[number];

/** Width in code units of the character the last call to charInfo looked at (1, or 2 for a surrogate pair). */
export let charWidth = 1;

/** Info of the whole code point at i (see fold.ts); its width is left in charWidth, so nothing is allocated. */
export function charInfo(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      charWidth = 2;
      return infoOfAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
  }
  charWidth = 1;
  return INFO_CACHE[c] || infoOf(c);
}

/** Which normalisation steps were needed for this original slice to match. */
export function stepsOf(slice: string): Step[] {
  let bits = 0;
  let noise = false;
  let spaces = 0;
  let whitespace = false;
  let sawHan = false;
  for (let i = 0; i < slice.length;) {
    const info = charInfo(slice, i);
    const w = charWidth;
    bits |= info;
    if ((info & KIND_MASK) !== KIND_DROP) {
      if (info & CLS_HAN) sawHan = true;
      if (info & CLS_SPACE) {
        spaces++;
        if (spaces > 1 || slice[i] !== ' ') whitespace = true;
      } else spaces = 0;
      if (sawHan && info & (CLS_NOISE | CLS_SPACE)) noise = true;
    }
    i += w;
  }
  const out: Step[] = [];
  if (bits & STEP_TRADITIONAL) out.push('traditional');
  if (bits & STEP_WIDTH) out.push('width');
  if (bits & STEP_CASE) out.push('case');
  if (bits & STEP_DIACRITICS) out.push('diacritics');
  if (bits & STEP_ZERO_WIDTH) out.push('zero-width');
  if (noise) out.push('noise-removed');
  else if (whitespace) out.push('whitespace');
  return out;
}
