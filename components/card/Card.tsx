import { translator } from '../../utils/i18n';
import { CARD_STRINGS } from './strings';
import type { CardClause, CardView } from './view-model';

export interface CardProps {
  view: CardView;
  /** the "Full text" link's address (the popup at that clause) */
  clauseUrl: (clauseId: string) => string;
  onOpenClause: (clauseId: string) => void;
  onClose: () => void;
}

function ClauseLine({ c }: { c: CardClause }) {
  return (
    <span class="clause" title={c.document}>
      <span class="locator">{c.locator}</span> <span class="label">{c.label}</span>
    </span>
  );
}

/**
 * The hover card: which clause a passage falls under and why. Page text only ever goes in as text nodes.
 * Escape closes it; it is focusable, so a match revealed from the keyboard can be read and dismissed
 * without the mouse.
 */
export function Card({ view, clauseUrl, onOpenClause, onClose }: CardProps) {
  const t = translator(CARD_STRINGS, view.lang);
  const open = (e: MouseEvent) => {
    e.preventDefault();
    e.stopPropagation();
    onOpenClause(view.clause.id);
  };
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`${view.clause.locator} ${view.clause.label}`}
      tabIndex={-1}
      lang={view.lang === 'zh' ? 'zh-CN' : 'en'}
      style={{ borderTopColor: view.color }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        <span class="swatch" style={{ background: view.color }} />
        <ClauseLine c={view.clause} />
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {view.others.length > 0 && (
        <div class="row others">
          <span class="key">{t('alsoUnder')}</span>
          {view.others.map((c) => (
            <ClauseLine key={c.id} c={c} />
          ))}
        </div>
      )}
      <dl>
        <dt>{t('matched')}</dt>
        <dd class="quote">{view.text}</dd>
        <dt>{t('term')}</dt>
        <dd>
          {view.term}
          {view.variant && <span class="variant"> ({view.variant})</span>}
        </dd>
        {view.steps.length > 0 && (
          <>
            <dt>{t('how')}</dt>
            <dd>{view.steps.join('; ')}</dd>
          </>
        )}
        {view.implied.length > 0 && (
          <>
            <dt>{t('implies')}</dt>
            <dd>
              {view.implied.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && '; '}
                  <ClauseLine c={c} />
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p class="note">{view.note}</p>
      <a
        class="full"
        href={clauseUrl(view.clause.id)}
        target="_blank"
        rel="noopener noreferrer"
        onClick={open}
        onAuxClick={open}
      >
        {t('fullText')}
      </a>
    </div>
  );
}
