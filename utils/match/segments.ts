import { CLS_BREAK, CLS_SENTENCE } from './fold';
import { charInfo, charWidth } from './steps';

/**
 * Where a text's lines and sentences end, found in one pass when a combination rule first needs them; a rule's
 * window never crosses a line break, and a sentence window not a sentence end either.
 */
export class TextSegments {
  private readonly lineEnds: number[] = [];
  private readonly sentenceEnds: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i += charWidth) {
      const info = charInfo(text, i);
      if (info & CLS_BREAK) {
        this.lineEnds.push(i);
        this.sentenceEnds.push(i);
      } else if (info & CLS_SENTENCE || endsEnglishSentence(text, i)) this.sentenceEnds.push(i);
    }
  }

  /** Number of the line (or, with `sentences`, the sentence) that offset lies in. */
  id(offset: number, sentences: boolean): number {
    const ends = sentences ? this.sentenceEnds : this.lineEnds;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A full stop followed by white space ends an English sentence (3.5 and U.S. do not). */
function endsEnglishSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0xff0e) return false;
  const next = text.charCodeAt(i + 1);
  return (
    Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0xa0 || next === 0x3000
  );
}
