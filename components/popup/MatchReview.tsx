import { VERDICTS, type Verdict } from '../../utils/db/rows';
import type { MatchSummary } from '../../utils/messages';
import { usePopup } from './context';
import type { Review } from './evidence';
import { locators } from './format';
import { Snippet } from './Snippet';

export interface MatchReviewProps {
  /** unique within the form: names the radio group and labels */
  id: string;
  match: MatchSummary;
  /** how often the same quote under the same clauses occurs on the page */
  count: number;
  review: Review;
  onReview: (review: Review) => void;
}

/** One match to judge: confirm or dismiss it, with a note. */
export function MatchReview({ id, match, count, review, onReview }: MatchReviewProps) {
  const { lang, t } = usePopup();
  const labelId = `${id}-label`;
  return (
    <li class={`review verdict-${review.verdict}`}>
      <div id={labelId} class="review-head">
        <Snippet prefix={match.prefix} text={match.text} suffix={match.suffix} />
        <span class="review-clauses">
          {locators(match.clauses, lang)}
          {count > 1 && ` · ${t('occurrences', { n: count })}`}
        </span>
      </div>
      <div class="verdicts" role="radiogroup" aria-labelledby={labelId}>
        {VERDICTS.map((v: Verdict) => (
          <label class="verdict-choice" key={v}>
            <input
              type="radio"
              name={`${id}-verdict`}
              value={v}
              checked={review.verdict === v}
              onChange={() => onReview({ ...review, verdict: v })}
            />
            {t(`choice.${v}`)}
          </label>
        ))}
      </div>
      <label class="review-note">
        <span class="visually-hidden">{t('matchNoteFor', { text: match.text })}</span>
        <input
          type="text"
          value={review.note}
          placeholder={t('matchNote')}
          onChange={(e) => onReview({ ...review, note: e.currentTarget.value })}
        />
      </label>
    </li>
  );
}
