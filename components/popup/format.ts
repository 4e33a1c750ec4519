import { getClause } from '../../utils/clauses';
import { pick, type Lang } from '../../utils/i18n';

/** An ISO timestamp as a local date and time in the UI language; the raw string if it does not parse. */
export function formatWhen(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}

/** "Art. 10 (v), The bottom line of …": clause ids as cited in the UI language. */
export function locators(ids: readonly string[], lang: Lang): string {
  return ids
    .map((id) => {
      const clause = getClause(id);
      return clause ? pick(clause.locator, lang) : id;
    })
    .join(', ');
}
