import type { SavedQuote } from './reanchor';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** The quote selector for text[start, end), with context that never splits a surrogate pair. */
export function quoteAt(text: string, start: number, end: number, context = CONTEXT_LENGTH): SavedQuote {
  let from = Math.max(0, start - context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
    start,
    end,
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
