import { CLS_CLAUSE, CLS_HAN, CLS_WORD, KIND_DROP, KIND_MASK } from './fold';
import { charInfo, charWidth } from './steps';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the nearest character before (dir -1) or from (dir 1) offset i that normalisation keeps is a letter or digit. */
function wordAt(text: string, i: number, dir: 1 | -1): boolean {
  let k = i;
  for (let guard = 0; guard < 16; guard++) {
    let at = dir === 1 ? k : k - 1;
    if (at < 0 || at >= text.length) return false;
    if (dir === -1 && at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) at--;
    const info = charInfo(text, at);
    if ((info & KIND_MASK) !== KIND_DROP) return (info & CLS_WORD) !== 0;
    k = dir === 1 ? at + charWidth : at;
  }
  return false;
}

/**
 * Checks on a raw automaton hit: word boundaries for Latin terms (bit 0 of `boundaries`: before, bit 1: after),
 * and the systematic-insertion rule where noise with clause punctuation was removed between CJK characters.
 */
export function acceptable(
  text: string,
  start: number,
  end: number,
  normalisedLength: number,
  boundaries: number,
): boolean {
  if (boundaries & 1 && wordAt(text, start, -1)) return false;
  if (boundaries & 2 && wordAt(text, end, 1)) return false;
  if (end - start === normalisedLength) return true;
  // Was a gap between two CJK characters bridged across a comma or full stop? Only accept that when every pair
  // of characters has a gap (法，轮，功: deliberate insertion), never for one gap (…大法。轮到…).
  let han = 0;
  let gaps = 0;
  let clauseGap = false;
  let inGap = false;
  for (let i = start; i < end; i += charWidth) {
    const info = charInfo(text, i);
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
