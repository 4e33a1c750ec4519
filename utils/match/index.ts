import { compileLexicon, type CompileOptions, type CompiledLexicon } from './compile';
import type { ResolvedEntry } from './lexicon';
import { matchText, type Match, type MatchOptions } from './match';

export { compileLexicon, type CompiledLexicon } from './compile';
export {
  DEFAULT_LEVEL,
  LEVELS,
  LEXICON_FORMAT,
  Lexicon,
  VARIANT_KINDS,
  firesAt,
  type Level,
  type ResolvedEntry,
  type VariantKind,
} from './lexicon';
export { LexiconError, parseLexicon, parseLexiconText } from './load-lexicon';
export { matchText, type Match, type MatchOptions, type MatchPart } from './match';
export { normalize, normalizeTerm, toOriginal, type Normalized } from './normalize';
export { STEPS, type Step } from './steps';

/** A compiled lexicon with the match function bound to it. */
export interface Matcher {
  readonly compiled: CompiledLexicon;
  match(text: string, options?: MatchOptions): Match[];
}

export function createMatcher(entries: readonly ResolvedEntry[], options: CompileOptions = {}): Matcher {
  const compiled = compileLexicon(entries, options);
  return { compiled, match: (text, o) => matchText(text, compiled, o) };
}

/** A matcher over lexicons compiled apart (the shipped one, precompiled, and the user's packs and allow-list). */
export function matcherOf(parts: readonly CompiledLexicon[]): Pick<Matcher, 'match'> {
  return { match: (text, o) => matchText(text, parts, o) };
}
