import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageDetail as Detail } from '../../utils/db/pages';
import type { Verdict } from '../../utils/db/rows';
import { sha256Hex } from '../../utils/hash';
import { useLibrary } from './context';
import { formatInstant, safeHref } from './format';
import { MatchItem } from './MatchItem';
import { PageMetaEditor } from './PageMetaEditor';
import { SnapshotText } from './SnapshotText';

export interface PageDetailProps {
  id: string;
  /** bumped when the library changed, to load the page again */
  version: number;
  onClose: () => void;
  onDelete: (ids: string[]) => void;
  /** after an edit: the list may show it (verdicts, tags), and `version` brings it back here */
  onChanged: () => void;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string }
  | { kind: 'ok'; detail: Detail };

/** One capture: what was flagged, when, the evidence text with its matches, and the researcher's verdicts. */
export function PageDetail({ id, version, onClose, onDelete, onChanged }: PageDetailProps) {
  const { t, lang, backend } = useLibrary();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [focused, setFocused] = useState<number | null>(null);
  const [reveal, setReveal] = useState(0);
  const [hashOk, setHashOk] = useState<boolean | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    backend.getPage(id).then(
      (detail) => live && setLoaded(detail ? { kind: 'ok', detail } : { kind: 'missing' }),
      (err: unknown) =>
        live && setLoaded({ kind: 'failed', error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  const focusPending = useRef(true);
  useEffect(() => {
    setFocused(null);
    setHashOk(null);
    focusPending.current = true;
  }, [id]);
  const detail = loaded.kind === 'ok' ? loaded.detail : null;
  // a page opened from the list (or a link) takes the focus once it is shown, so the keyboard lands on it
  useEffect(() => {
    if (!detail || !focusPending.current) return;
    focusPending.current = false;
    heading.current?.focus();
  }, [detail]);
  useEffect(() => {
    if (!detail) return;
    let live = true;
    void sha256Hex(detail.snapshot).then((h) => live && setHashOk(h === detail.page.snapshotSha256));
    return () => {
      live = false;
    };
  }, [detail?.snapshot, detail?.page.snapshotSha256]);

  const close = (
    <button type="button" class="close" onClick={onClose}>
      {t('detail.close')}
    </button>
  );
  if (!detail)
    return (
      <article class="page-detail" aria-busy={loaded.kind === 'loading'}>
        <h2 ref={heading} tabIndex={-1}>
          {loaded.kind === 'loading' ? t('detail.loading') : t('detail.missing')}
        </h2>
        {loaded.kind === 'failed' && <p role="alert">{loaded.error}</p>}
        {close}
      </article>
    );

  const { page, snapshot, matches } = detail;
  const href = safeHref(page.url);
  const setVerdict = async (matchId: string, verdict: Verdict, note: string) => {
    await backend.setVerdict({ matchId, verdict, note });
    onChanged();
  };
  return (
    <article class="page-detail" aria-labelledby="detail-title">
      <header>
        <h2 id="detail-title" ref={heading} tabIndex={-1}>
          {page.title || t('list.untitled')}
        </h2>
        <div class="detail-actions">
          <button type="button" class="danger" onClick={() => onDelete([page.id])}>
            {t('detail.delete')}
          </button>
          {close}
        </div>
      </header>
      <dl class="facts">
        <dt>{t('detail.url')}</dt>
        <dd class="url">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {page.url}
            </a>
          ) : (
            page.url
          )}
        </dd>
        <dt>{t('detail.flaggedAt')}</dt>
        <dd>
          <time dateTime={page.flaggedAt}>{formatInstant(page.flaggedAt, lang)}</time>
        </dd>
        {page.lang && (
          <>
            <dt>{t('detail.lang')}</dt>
            <dd>{page.lang}</dd>
          </>
        )}
        <dt>{t('detail.sha256')}</dt>
        <dd class="sha">
          <code>{page.snapshotSha256}</code>{' '}
          {hashOk !== null && (
            <span class={hashOk ? 'ok' : 'bad'}>{hashOk ? t('detail.hashOk') : t('detail.hashBad')}</span>
          )}
        </dd>
      </dl>
      <PageMetaEditor
        note={page.note}
        tags={page.tags}
        onSave={async (change) => {
          await backend.describePage(page.id, change);
          onChanged();
        }}
      />
      <section class="matches" aria-labelledby="matches-heading">
        <h3 id="matches-heading">{t('detail.matches', { n: matches.length })}</h3>
        <ol class="match-list">
          {matches.map((m, i) => (
            <MatchItem
              key={m.id}
              match={m}
              index={i}
              focused={focused === i}
              onShow={() => {
                setFocused(i);
                setReveal((n) => n + 1);
              }}
              onVerdict={(verdict, note) => setVerdict(m.id, verdict, note)}
            />
          ))}
        </ol>
      </section>
      <section class="snapshot-section">
        <h3>{t('detail.snapshot')}</h3>
        <SnapshotText
          text={snapshot}
          matches={matches}
          focused={focused}
          reveal={reveal}
          onPick={setFocused}
        />
      </section>
    </article>
  );
}
