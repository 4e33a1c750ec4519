import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang } from '../../utils/i18n';
import { LIBRARY_STRINGS } from '../../utils/i18n/library';
import type { CountedKey, LibraryKey } from '../../utils/i18n/library';
import type { LibraryBackend } from './backend';

export type Translate = (key: LibraryKey, values?: Record<string, string | number>) => string;
/** A string with a count {n}: the singular form when the count is 1. */
export type TranslateCount = (key: CountedKey, n: number, values?: Record<string, string | number>) => string;

/** What every part of the library page needs: the storage layer, the UI language and its words. */
export interface LibraryEnv {
  backend: LibraryBackend;
  lang: Lang;
  t: Translate;
  tn: TranslateCount;
}

/** The words of the library page in one language. */
export function libraryWords(lang: Lang, formatCount: (n: number) => string): Pick<LibraryEnv, 't' | 'tn'> {
  const t = translator(LIBRARY_STRINGS, lang);
  const tn: TranslateCount = (key, n, values = {}) =>
    t(n === 1 ? (`${key}.one` as LibraryKey) : key, { ...values, n: formatCount(n) });
  return { t, tn };
}

export const LibraryContext = createContext<LibraryEnv | null>(null);

export function useLibrary(): LibraryEnv {
  const env = useContext(LibraryContext);
  if (!env) throw new Error('library components must be rendered inside <LibraryContext.Provider>');
  return env;
}
