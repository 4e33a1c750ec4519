import { contextScore, occurrences, prefixAgreement, suffixAgreement } from './context';

/** A saved quote in the W3C TextQuoteSelector + TextPositionSelector sense. */
export interface SavedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * - unchanged: the quote is where it was, with the same context;
 * - moved: the same quote with the same context, at another position (text was added or removed before it);
 * - context-changed: the quote is there but the words around it changed;
 * - edited: the quote is gone but its context still frames a different passage (wording changed);
 * - missing: neither the quote nor its context can be found (passage removed).
 */
export type AnchorStatus = 'unchanged' | 'moved' | 'context-changed' | 'edited' | 'missing';

export interface AnchorResult {
  status: AnchorStatus;
  /** the quote itself is present in the current text */
  found: boolean;
  /** where the quote (or, when edited, the passage that replaced it) is now */
  start?: number;
  end?: number;
  /** for 'edited': the current text between the saved prefix and suffix */
  current?: string;
  /** 0..1: how sure the position is the same passage */
  confidence: number;
}

/** Characters of context that must survive on each side for an edited passage to be located. */
const MIN_CONTEXT = 8;

/**
 * Finds a saved quote in a page's current text: exact quote with its saved context first, then the occurrence
 * whose context agrees best (nearest the old position on a tie), then the saved context around a changed quote.
 */
export function reanchor(saved: SavedQuote, text: string): AnchorResult {
  const { quote, prefix, suffix, start } = saved;
  if (quote.length === 0) return { status: 'missing', found: false, confidence: 0 };
  const at = occurrences(text, quote);
  if (at.length > 0) {
    let best = -1;
    let bestScore = -1;
    for (const s of at) {
      const score = contextScore(text, s, s + quote.length, prefix, suffix);
      if (score > bestScore || (score === bestScore && Math.abs(s - start) < Math.abs(best - start))) {
        best = s;
        bestScore = score;
      }
    }
    const end = best + quote.length;
    if (bestScore === 1) {
      const status = best === start ? 'unchanged' : 'moved';
      // an identical quote with identical context elsewhere leaves a doubt which one was meant
      const twins = at.filter((s) => contextScore(text, s, s + quote.length, prefix, suffix) === 1).length;
      return { status, found: true, start: best, end, confidence: twins > 1 ? 0.9 : 1 };
    }
    return {
      status: 'context-changed',
      found: true,
      start: best,
      end,
      confidence: round(0.5 + 0.4 * bestScore),
    };
  }
  return edited(saved, text);
}

/** The quote is gone: look for its saved context still framing some other passage. */
function edited(saved: SavedQuote, text: string): AnchorResult {
  const { prefix, suffix, quote, start } = saved;
  const head = prefix.slice(-Math.min(prefix.length, 16));
  const tail = suffix.slice(0, Math.min(suffix.length, 16));
  if (head.length < MIN_CONTEXT || tail.length < MIN_CONTEXT)
    return { status: 'missing', found: false, confidence: 0 };
  const maxGap = Math.max(quote.length * 3, 64);
  let best: AnchorResult | undefined;
  let bestDistance = Infinity;
  for (const p of occurrences(text, head)) {
    const from = p + head.length;
    const s = text.indexOf(tail, from);
    if (s === -1 || s - from > maxGap) continue;
    const agree =
      (prefixAgreement(text, from, prefix) + suffixAgreement(text, s, suffix)) /
      (prefix.length + suffix.length);
    const distance = Math.abs(from - start);
    if (!best || agree > best.confidence || (agree === best.confidence && distance < bestDistance)) {
      best = {
        status: 'edited',
        found: false,
        start: from,
        end: s,
        current: text.slice(from, s),
        confidence: agree,
      };
      bestDistance = distance;
    }
  }
  if (!best) return { status: 'missing', found: false, confidence: 0 };
  return { ...best, confidence: round(0.2 + 0.4 * best.confidence) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
