import type { Verdict } from '../../utils/db/rows';
import type { MatchSummary } from '../../utils/messages';
import { usePopup } from './context';
import { Snippet } from './Snippet';

export interface MatchItemProps {
  match: MatchSummary;
  /** listed under a clause it only implies */
  implied: boolean;
  /** the page's next/previous focus is on it */
  focused: boolean;
  /** the verdict remembered for it on this page, if it was flagged before */
  verdict: Verdict | undefined;
  onReveal: (index: number) => void;
}

/** One match in a list: its context snippet; activating it scrolls the page to it and shows its card. */
export function MatchItem({ match, implied, focused, verdict, onReveal }: MatchItemProps) {
  const { t } = usePopup();
  return (
    <li class={`match${verdict === 'dismissed' ? ' dismissed' : ''}`}>
      <button
        type="button"
        class="match-button"
        aria-current={focused ? 'true' : undefined}
        title={t('revealHint')}
        onClick={() => onReveal(match.index)}
      >
        <Snippet prefix={match.prefix} text={match.text} suffix={match.suffix} />
        {implied && <span class="badge">{t('impliedBadge')}</span>}
        {verdict && verdict !== 'unreviewed' && (
          <span class={`badge verdict-${verdict}`}>{t(`verdict.${verdict}`)}</span>
        )}
      </button>
    </li>
  );
}

export interface MatchItemsProps {
  entries: readonly { match: MatchSummary; implied: boolean }[];
  focused: number | null;
  verdictOf: (m: MatchSummary) => Verdict | undefined;
  onReveal: (index: number) => void;
}

/** The items of a match list, in order; the caller owns the list element and how many are shown. */
export function MatchItems({ entries, focused, verdictOf, onReveal }: MatchItemsProps) {
  return (
    <>
      {entries.map(({ match, implied }) => (
        <MatchItem
          key={match.index}
          match={match}
          implied={implied}
          focused={focused === match.index}
          verdict={verdictOf(match)}
          onReveal={onReveal}
        />
      ))}
    </>
  );
}
