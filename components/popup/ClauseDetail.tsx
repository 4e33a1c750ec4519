import { colorOf, crosswalkFrom, familyOf, getClause, getDocument, REGISTRY } from '../../utils/clauses';
import { pick } from '../../utils/i18n';
import type { Verdict } from '../../utils/db/rows';
import type { MatchSummary } from '../../utils/messages';
import { usePopup } from './context';
import { matchesUnder } from './groups';
import { MatchItems } from './MatchItem';
import { ShowMore, useShown } from './ShowMore';

export interface ClauseDetailProps {
  clauseId: string;
  /** the crosswalk is shown into these documents only */
  enabledDocuments: readonly string[];
  /** this page's matches (empty when the page has none or cannot be read) */
  matches: readonly MatchSummary[];
  focused: number | null;
  verdictOf: (m: MatchSummary) => Verdict | undefined;
  onReveal: (index: number) => void;
  onLookup: (clauseId: string) => void;
}

/** Links into a clause: the Article 10 items that imply a baseline (or convention duty). */
const linksTo = (id: string) => REGISTRY.crosswalk.filter((l) => l.to === id);

/** A clause in full: both languages, its source, its crosswalk, and the matches on this page under it. */
export function ClauseDetail(props: ClauseDetailProps) {
  const { clauseId, enabledDocuments, matches, focused, verdictOf, onReveal, onLookup } = props;
  const { lang, t } = usePopup();
  const clause = getClause(clauseId);
  const here = matchesUnder(clauseId, matches);
  const { shown, more } = useShown(here.length);
  if (!clause) return <p class="empty">{t('unknownClause', { id: clauseId })}</p>;
  const doc = getDocument(clause.document);
  const headingId = `clause-${clauseId.replace(/[^a-z0-9-]/gi, '-')}`;
  const enabled = (id: string) => enabledDocuments.includes(getClause(id)?.document ?? '');
  const outgoing = crosswalkFrom(clauseId)
    .filter((l) => enabled(l.to))
    .map((l) => ({ other: l.to, rationale: l.rationale }));
  const incoming = linksTo(clauseId)
    .filter((l) => enabled(l.from))
    .map((l) => ({ other: l.from, rationale: l.rationale }));
  return (
    <article class="clause-detail" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        <span class="swatch" style={{ background: colorOf(familyOf(clauseId)) }} aria-hidden="true" />
        {pick(clause.locator, lang)} · {pick(clause.label, lang)}
      </h2>
      <section aria-label={t('fullText')}>
        <h3>{t('fullText')}</h3>
        <blockquote lang="zh-CN" class="clause-text">
          {clause.text.zh}
        </blockquote>
        <blockquote lang="en" class="clause-text">
          {clause.text.en}
          {clause.translatedBy === 'clausemark' && <span class="hint"> ({t('ourTranslation')})</span>}
        </blockquote>
        <p class="explanation">{pick(clause.explanation, lang)}</p>
      </section>
      {doc && (
        <dl class="source">
          <dt>{t('document')}</dt>
          <dd>
            {pick(doc.title, lang)}
            <span class="other-lang" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
              {' '}
              ({pick(doc.title, lang === 'zh' ? 'en' : 'zh')})
            </span>
          </dd>
          <dt>{t('issued')}</dt>
          <dd>
            <time dateTime={doc.date}>{doc.date}</time>
          </dd>
          <dt>{t('issuer')}</dt>
          <dd>{pick(doc.issuer, lang)}</dd>
          <dt>{t('seedFile')}</dt>
          <dd>
            <code>{doc.seed}</code>
          </dd>
          <dt>{t('provenance')}</dt>
          <dd class="hint">{pick(doc.provenance, lang)}</dd>
        </dl>
      )}
      {(outgoing.length > 0 || incoming.length > 0) && (
        <section class="crosswalk" aria-label={t('crosswalk')}>
          <h3>{outgoing.length > 0 ? t('crosswalkTo') : t('crosswalkFrom')}</h3>
          <ul>
            {[...outgoing, ...incoming].map(({ other, rationale }) => {
              const c = getClause(other);
              return (
                <li key={other}>
                  <button type="button" class="link" onClick={() => onLookup(other)}>
                    {c ? `${pick(c.locator, lang)} ${pick(c.label, lang)}` : other}
                  </button>
                  <span class="rationale"> — {pick(rationale, lang)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section class="here" aria-label={t('onThisPage')}>
        <h3>{t('onThisPage')}</h3>
        {here.length === 0 ? (
          <p class="empty">{t('noneOnThisPage')}</p>
        ) : (
          <ul class="matches">
            <MatchItems
              entries={here.slice(0, shown)}
              focused={focused}
              verdictOf={verdictOf}
              onReveal={onReveal}
            />
          </ul>
        )}
        <ShowMore shown={shown} total={here.length} onMore={more} />
      </section>
    </article>
  );
}
