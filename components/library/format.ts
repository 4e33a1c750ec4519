import { colorOf, familyOf, getClause, getDocument } from '../../utils/clauses';
import type { Lang } from '../../utils/i18n';

/** "Art. 10 (vii) Spreading obscenity…" in the UI language; an id the registry does not know is shown as is. */
export function clauseName(id: string, lang: Lang): string {
  const c = getClause(id);
  return c ? `${c.locator[lang]} ${c.label[lang]}` : id;
}

export function clauseLocator(id: string, lang: Lang): string {
  return getClause(id)?.locator[lang] ?? id;
}

export function clauseColor(id: string): string {
  return colorOf(familyOf(id));
}

export function documentTitle(id: string, lang: Lang): string {
  return getDocument(id)?.title[lang] ?? id;
}

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** A stored ISO instant in the reader's time zone, date and minutes. */
export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale(lang), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A calendar date (yyyy-mm-dd) as written in the UI language. */
export function formatDate(isoDate: string, lang: Lang): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return d.toLocaleDateString(locale(lang), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(locale(lang));
}

/** Only web addresses become links; anything else a page reported as its URL stays text. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
