import { useId, useState } from 'preact/hooks';
import { VERDICTS, type MatchRow, type Verdict } from '../../utils/db/rows';
import { useLibrary } from './context';
import { clauseColor, clauseName } from './format';
import { useDraft } from './use-draft';

export interface MatchItemProps {
  match: MatchRow;
  index: number;
  focused: boolean;
  onShow: () => void;
  /** resolves when stored; rejects with the storage layer's reason */
  onVerdict: (verdict: Verdict, note: string) => Promise<void>;
}

/** One match of a capture: clauses, quote in context, how it matched, and its verdict and note (editable). */
export function MatchItem({ match: m, index, focused, onShow, onVerdict }: MatchItemProps) {
  const { t, lang } = useLibrary();
  const noteId = useId();
  const [note, setNote] = useDraft(m.note);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (verdict: Verdict, text: string) => {
    setBusy(true);
    setError(null);
    try {
      await onVerdict(verdict, text);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class={`match-item verdict-${m.verdict}${focused ? ' focused' : ''}`} data-match-id={m.id}>
      <div class="match-head">
        <span class="match-number">{t('detail.matchNumber', { n: index + 1 })}</span>
        <ul class="clauses" aria-label={t('detail.clauses')}>
          {m.clauseIds.map((id) => (
            <li key={id} class="chip" style={{ borderColor: clauseColor(id) }}>
              {clauseName(id, lang)}
            </li>
          ))}
        </ul>
        {m.implied.length > 0 && (
          <p class="implied">
            {t('detail.implies', { clauses: m.implied.map((id) => clauseName(id, lang)).join('; ') })}
          </p>
        )}
      </div>
      <p class="quote">
        <span class="context">{m.prefix}</span>
        <mark class="hit" style={{ '--c': clauseColor(m.clauseIds[0] ?? '') }}>
          {m.quote}
        </mark>
        <span class="context">{m.suffix}</span>
      </p>
      <dl class="how">
        <dt>{t('detail.term')}</dt>
        <dd>
          {m.term}
          {m.base && m.base !== m.term && ` ← ${m.base}`}
          {m.variant && ` (${m.variant})`}
        </dd>
        {m.steps.length > 0 && (
          <>
            <dt>{t('detail.steps')}</dt>
            <dd>{m.steps.join(', ')}</dd>
          </>
        )}
        {m.entryNote && (
          <>
            <dt>{t('detail.entryNote')}</dt>
            <dd>{m.entryNote}</dd>
          </>
        )}
      </dl>
      <div class="verdict" role="group" aria-label={t('detail.verdict')}>
        {VERDICTS.map((v) => (
          <button
            key={v}
            type="button"
            class={`verdict-button ${v}`}
            aria-pressed={m.verdict === v}
            disabled={busy}
            onClick={() => void save(v, note)}
          >
            {t(`verdict.action.${v}`)}
          </button>
        ))}
        <button type="button" class="show" onClick={onShow}>
          {t('detail.showInText')}
        </button>
      </div>
      <div class="match-note">
        <label for={noteId}>{t('detail.matchNote')}</label>
        <textarea id={noteId} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="button" disabled={busy || note === m.note} onClick={() => void save(m.verdict, note)}>
          {t('detail.saveNote')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
