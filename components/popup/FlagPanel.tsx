import { useState } from 'preact/hooks';
import type { MatchSummary } from '../../utils/messages';
import { usePopup } from './context';
import { distinctMatches } from './evidence';
import { formatWhen } from './format';
import { MatchReview } from './MatchReview';
import { ShowMore, useShown } from './ShowMore';
import type { Evidence } from './use-evidence';

export interface FlagPanelProps {
  matches: readonly MatchSummary[];
  evidence: Evidence;
}

/** "a, b，c、d" → ["a", "b", "c", "d"]: tags split on Latin and Chinese commas. */
export function parseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,，、;；]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Flag this page as evidence: a note and tags for the capture, a verdict and note per match. */
export function FlagPanel({ matches, evidence }: FlagPanelProps) {
  const { lang, t } = usePopup();
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const captures = evidence.flags?.captures.length ?? 0;
  const rows = distinctMatches(matches);
  const { shown, more } = useShown(rows.length);
  const submit = (e: Event) => {
    e.preventDefault();
    void evidence.flag({ note: note.trim(), tags: parseTags(tags) });
  };
  return (
    <form class="flag-panel" onSubmit={submit}>
      {captures > 0 && (
        <p class="hint">
          {t('flaggedTimes', {
            n: captures,
            when: formatWhen(evidence.flags?.captures[captures - 1]?.page.flaggedAt ?? '', lang),
          })}
        </p>
      )}
      <label class="field">
        {t('pageNote')}
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="field">
        {t('tags')}
        <input
          type="text"
          value={tags}
          placeholder={t('tagsPlaceholder')}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
      </label>
      {rows.length > 0 ? (
        <fieldset class="reviews">
          <legend>{t('reviewMatches', { n: rows.length })}</legend>
          <p class="hint">{captures > 0 ? t('reviewSavedAtOnce') : t('reviewSavedOnFlag')}</p>
          <ul>
            {rows.slice(0, shown).map(({ key, match, count }, i) => (
              <MatchReview
                key={key}
                id={`review-${i}`}
                match={match}
                count={count}
                review={evidence.reviewOf(key)}
                onReview={(r) => void evidence.review(key, r)}
              />
            ))}
          </ul>
          <ShowMore shown={shown} total={rows.length} onMore={more} />
        </fieldset>
      ) : (
        <p class="empty">{t('flagWithoutMatches')}</p>
      )}
      <button type="submit" class="primary" disabled={evidence.busy}>
        {captures > 0 ? t('flagAgain') : t('flagPage')}
      </button>
      <p class="result" role="status">
        {evidence.busy
          ? t('flagging')
          : evidence.outcome
            ? t('flagged', { n: evidence.outcome.matchCount, remembered: evidence.outcome.remembered })
            : ''}
      </p>
    </form>
  );
}
