import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../utils/i18n';
import type { PopupKey } from '../../utils/i18n/popup';

export type Translate = (key: PopupKey, values?: Record<string, string | number>) => string;

/** What every part of the popup needs: the UI language and its words. */
export interface PopupEnv {
  lang: Lang;
  t: Translate;
}

export const PopupContext = createContext<PopupEnv | null>(null);

export function usePopup(): PopupEnv {
  const env = useContext(PopupContext);
  if (!env) throw new Error('popup components must be rendered inside <PopupContext.Provider>');
  return env;
}
