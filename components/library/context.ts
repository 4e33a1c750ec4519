import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../utils/i18n';
import type { LibraryKey } from '../../utils/i18n/library';
import type { LibraryBackend } from './backend';

export type Translate = (key: LibraryKey, values?: Record<string, string | number>) => string;

/** What every part of the library page needs: the storage layer, the UI language and its words. */
export interface LibraryEnv {
  backend: LibraryBackend;
  lang: Lang;
  t: Translate;
}

export const LibraryContext = createContext<LibraryEnv | null>(null);

export function useLibrary(): LibraryEnv {
  const env = useContext(LibraryContext);
  if (!env) throw new Error('library components must be rendered inside <LibraryContext.Provider>');
  return env;
}
