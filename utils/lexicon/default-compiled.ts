import { compileLexicon, type CompiledLexicon } from '../match/compile';
import { defaultEntries } from './index';

let cached: CompiledLexicon | undefined;

/**
 * The default lexicon, compiled. This module is replaced in the extension build by one holding the compiled
 * tables, generated at build time (scripts/precompile-lexicon.ts), so content scripts do not compile thousands
 * of terms in every frame; the CLI and tests compile at run time.
 */
export function defaultCompiled(): CompiledLexicon {
  cached ??= compileLexicon(defaultEntries());
  return cached;
}

export const PRECOMPILED = false;
