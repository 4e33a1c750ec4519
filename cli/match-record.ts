import type { Match } from '../utils/match';

/** What the CLI reports of a match (the note is left out: it is the lexicon's, the same on every match). */
export interface MatchRecord {
  start: number;
  end: number;
  text: string;
  term: string;
  base: string;
  variant?: string;
  clauses: string[];
  implied: string[];
  steps: string[];
  lexicon: string;
  entry: string;
  parts?: { start: number; end: number; term: string }[];
}

/** The match with its offsets moved by `offset` (the length of the document before the chunk it was found in). */
export function matchRecord(m: Match, offset: number): MatchRecord {
  return {
    start: m.start + offset,
    end: m.end + offset,
    text: m.text,
    term: m.term,
    base: m.base,
    ...(m.variant ? { variant: m.variant } : {}),
    clauses: m.clauses,
    implied: m.implied,
    steps: m.steps,
    lexicon: m.lexicon,
    entry: m.entry,
    ...(m.parts
      ? { parts: m.parts.map((p) => ({ start: p.start + offset, end: p.end + offset, term: p.term })) }
      : {}),
  };
}
