import { useState } from 'preact/hooks';
import type { PageFlags } from '../../utils/db/pages';
import { usePopup } from './context';
import { formatWhen, locators } from './format';
import { useAnchorSummary } from './use-anchor-summary';

export interface CaptureHistoryProps {
  flags: PageFlags;
  /** the page's text now; null while it is being read */
  currentText: string | null;
  libraryUrl: (pageId: string) => string;
  /** opens an extension page in a new tab (a link's default would not leave the toolbar popup everywhere) */
  onOpen: (url: string) => void;
}

/**
 * Earlier captures of this page, one re-anchored against the page as it is now: which flagged passages are still
 * there and which have disappeared since (edited or removed), which is what censorship researchers watch for.
 */
export function CaptureHistory({ flags, currentText, libraryUrl, onOpen }: CaptureHistoryProps) {
  const { lang, t } = usePopup();
  const captures = flags.captures;
  const [chosen, setChosen] = useState<string | null>(null);
  const capture = captures.find((c) => c.page.id === chosen) ?? captures[captures.length - 1];
  const summary = useAnchorSummary(capture?.matches ?? null, currentText);
  if (!capture) return null;
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <p>
        {t('flaggedTimes', {
          n: captures.length,
          when: formatWhen(captures[captures.length - 1]?.page.flaggedAt ?? '', lang),
        })}
      </p>
      {captures.length > 1 && (
        <label class="field">
          {t('compareWith')}
          <select value={capture.page.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {captures.map((c) => (
              <option key={c.page.id} value={c.page.id}>
                {t('captureOption', { when: formatWhen(c.page.flaggedAt, lang), n: c.page.matchCount })}
              </option>
            ))}
          </select>
        </label>
      )}
      <dl class="capture-meta">
        <dt>{t('captureTitle')}</dt>
        <dd>{capture.page.title || '—'}</dd>
        <dt>{t('captureUrl')}</dt>
        <dd class="url">{capture.page.url}</dd>
        {capture.page.note !== '' && (
          <>
            <dt>{t('pageNote')}</dt>
            <dd>{capture.page.note}</dd>
          </>
        )}
        {capture.page.tags.length > 0 && (
          <>
            <dt>{t('tags')}</dt>
            <dd>{capture.page.tags.join(', ')}</dd>
          </>
        )}
      </dl>
      {summary === null ? (
        <p class="hint">{t('comparing')}</p>
      ) : (
        <>
          <p role="status">
            {t('anchorSummary', { present: summary.present.length, gone: summary.gone.length })}
          </p>
          {summary.counts['context-changed'] > 0 && (
            <p class="hint">{t('contextChanged', { n: summary.counts['context-changed'] })}</p>
          )}
          {summary.gone.length > 0 && (
            <ul class="gone" aria-label={t('goneLabel')}>
              {summary.gone.map(({ saved, result }) => (
                <li key={saved.id}>
                  <span class="status">
                    {result.status === 'edited' ? t('statusEdited') : t('statusRemoved')}
                  </span>{' '}
                  <q>{saved.quote}</q> <span class="hint">{locators(saved.clauseIds, lang)}</span>
                  {result.status === 'edited' && result.current !== undefined && (
                    <span class="now">
                      {' '}
                      {t('nowReads')} <q>{result.current}</q>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <a
        class="library-link"
        href={libraryUrl(capture.page.id)}
        target="_blank"
        rel="noopener"
        onClick={(e) => {
          e.preventDefault();
          onOpen(libraryUrl(capture.page.id));
        }}
      >
        {t('openInLibrary')}
      </a>
    </section>
  );
}
