/**
 * UI strings in English and Simplified Chinese. Each surface (popup, library, card) keeps its own dictionary
 * (utils/i18n/<surface>.ts) typed so that both languages have every key; `translator` picks the language from the
 * user's setting or the browser's language.
 */
export type Lang = 'en' | 'zh';

export type Dictionary<K extends string> = Record<Lang, Record<K, string>>;

/** 'auto' follows the browser: any zh-* locale gets Chinese, everything else English. */
export function resolveLang(
  setting: 'auto' | Lang,
  browserLanguage = globalThis.navigator?.language ?? 'en',
): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** t('key', { n: 3 }) → the string with {n} replaced; values are inserted as text, never parsed. */
export function translator<K extends string>(dict: Dictionary<K>, lang: Lang) {
  const table = dict[lang];
  return (key: K, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

/** Picks the clause registry's text in the UI language. */
export const pick = (text: { zh: string; en: string }, lang: Lang) => text[lang];
