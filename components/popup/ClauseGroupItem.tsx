import { pick } from '../../utils/i18n';
import type { Verdict } from '../../utils/db/rows';
import type { MatchSummary } from '../../utils/messages';
import { usePopup } from './context';
import type { ClauseGroup } from './groups';
import { MatchItems } from './MatchItem';
import { ShowMore, useShown } from './ShowMore';

export interface ClauseGroupItemProps {
  group: ClauseGroup;
  expanded: boolean;
  onToggle: () => void;
  focused: number | null;
  verdictOf: (m: MatchSummary) => Verdict | undefined;
  onReveal: (index: number) => void;
  onLookup: (clauseId: string) => void;
}

const domId = (clauseId: string) => `matches-${clauseId.replace(/[^a-z0-9-]/gi, '-')}`;

/** A clause with how many matches fall under it; expands (disclosure pattern) to the list of those matches. */
export function ClauseGroupItem(props: ClauseGroupItemProps) {
  const { group, expanded, onToggle, focused, verdictOf, onReveal, onLookup } = props;
  const { lang, t } = usePopup();
  const listId = domId(group.clauseId);
  const locator = group.clause ? pick(group.clause.locator, lang) : group.clauseId;
  const label = group.clause ? pick(group.clause.label, lang) : '';
  const { shown, more } = useShown(group.matches.length);
  return (
    <li class={`group${group.impliedOnly ? ' implied' : ''}`}>
      <div class="group-head">
        <button
          type="button"
          class="group-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
        >
          <span class="swatch" style={{ background: group.color }} aria-hidden="true" />
          <span class="locator">{locator}</span>
          <span class="label">{label}</span>
          <span class="count" aria-label={t('matchCount', { n: group.matches.length })}>
            {group.matches.length}
          </span>
        </button>
        <button
          type="button"
          class="link"
          aria-label={t('lookUpClause', { locator })}
          onClick={() => onLookup(group.clauseId)}
        >
          {t('clauseTextLink')}
        </button>
      </div>
      <ul id={listId} class="matches" hidden={!expanded}>
        {expanded && (
          <MatchItems
            entries={group.matches.slice(0, shown)}
            focused={focused}
            verdictOf={verdictOf}
            onReveal={onReveal}
          />
        )}
      </ul>
      {expanded && <ShowMore shown={shown} total={group.matches.length} onMore={more} />}
    </li>
  );
}
