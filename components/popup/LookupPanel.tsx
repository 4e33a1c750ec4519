import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDocument } from '../../utils/clauses';
import { searchClauses } from '../../utils/clauses/search';
import type { Verdict } from '../../utils/db/rows';
import { pick } from '../../utils/i18n';
import type { MatchSummary } from '../../utils/messages';
import { ClauseDetail } from './ClauseDetail';
import { usePopup } from './context';

export interface LookupPanelProps {
  /** the clause shown in full, if any */
  selected: string | null;
  onSelect: (clauseId: string | null) => void;
  enabledDocuments: readonly string[];
  matches: readonly MatchSummary[];
  focused: number | null;
  verdictOf: (m: MatchSummary) => Verdict | undefined;
  onReveal: (index: number) => void;
}

/** Clause lookup: by locator ("10.7", "art 10 vii", "第十条第七项") or by words in either language. */
export function LookupPanel(props: LookupPanelProps) {
  const { selected, onSelect, enabledDocuments } = props;
  const { lang, t } = usePopup();
  const [query, setQuery] = useState('');
  const detail = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState(0);
  // an empty query lists every clause of the enabled documents
  const hits = useMemo(() => searchClauses(query, enabledDocuments), [query, enabledDocuments]);
  // a query that names one clause opens it straight away
  const shown = query.trim() && hits.length === 1 && hits[0] ? hits[0].clause.id : selected;
  const open = (id: string, clearQuery: boolean) => {
    if (clearQuery) setQuery('');
    onSelect(id);
    setPicked((n) => n + 1);
  };
  // a clause chosen from a list gets the focus, so keyboard and screen-reader users land on what they opened
  useEffect(() => {
    if (picked > 0) detail.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [picked]);
  return (
    <div class="lookup-panel">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="clause-query">{t('lookupLabel')}</label>
        <input
          id="clause-query"
          type="search"
          value={query}
          placeholder={t('lookupPlaceholder')}
          autocomplete="off"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            onSelect(null);
          }}
        />
      </form>
      {query.trim() !== '' && (
        <p class="hint" role="status">
          {t('lookupResults', { n: hits.length })}
        </p>
      )}
      {shown && (
        <div ref={detail}>
          <ClauseDetail
            key={shown}
            clauseId={shown}
            enabledDocuments={enabledDocuments}
            matches={props.matches}
            focused={props.focused}
            verdictOf={props.verdictOf}
            onReveal={props.onReveal}
            onLookup={(id) => open(id, true)}
          />
        </div>
      )}
      {hits.length > 1 && (
        <ul class="hits" aria-label={t('clauseList')}>
          {hits.map(({ clause }) => {
            const doc = getDocument(clause.document);
            return (
              <li key={clause.id}>
                <button
                  type="button"
                  class="hit"
                  aria-current={clause.id === shown ? 'true' : undefined}
                  onClick={() => open(clause.id, false)}
                >
                  <span class="locator">{pick(clause.locator, lang)}</span>{' '}
                  <span class="label">{pick(clause.label, lang)}</span>
                  {doc && <span class="doc"> · {pick(doc.title, lang)}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
