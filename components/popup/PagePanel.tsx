import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Verdict } from '../../utils/db/rows';
import type { ContentState, MatchSummary } from '../../utils/messages';
import { ClauseGroupItem } from './ClauseGroupItem';
import { usePopup } from './context';
import { groupByClause } from './groups';
import { VisibilityControls } from './VisibilityControls';

export interface PagePanelProps {
  state: ContentState;
  /** matches in the tab's embedded frames: highlighted there, not listed here */
  inFrames: number;
  verdictOf: (m: MatchSummary) => Verdict | undefined;
  onReveal: (index: number) => void;
  onStep: (direction: 1 | -1) => void;
  onVisibility: (change: { visible?: boolean; hiddenFamilies?: string[] }) => void;
  onLookup: (clauseId: string) => void;
  /** the never-scan switch for the page's site */
  siteControl: ComponentChildren;
  /** previous captures of the page, re-anchored */
  history: ComponentChildren;
}

/** This page: its matches per clause, next/previous, and the tab's highlight switches. */
export function PagePanel(props: PagePanelProps) {
  const { state, verdictOf, onReveal, onStep, onVisibility, onLookup } = props;
  const { t } = usePopup();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const groups = groupByClause(state.matches);
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };
  return (
    <div class="page-panel">
      <div class="summary-row">
        <p class="total" role="status">
          {state.status === 'scanning' ? t('scanning') : t('totalMatches', { n: state.matches.length })}
        </p>
        <div class="steps" role="group" aria-label={t('stepGroup')}>
          <button type="button" disabled={state.matches.length === 0} onClick={() => onStep(-1)}>
            {t('previous')}
          </button>
          <button type="button" disabled={state.matches.length === 0} onClick={() => onStep(1)}>
            {t('next')}
          </button>
        </div>
      </div>
      {props.inFrames > 0 && <p class="in-frames">{t('inFrames', { n: props.inFrames })}</p>}
      {groups.length > 0 ? (
        <ul class="groups" aria-label={t('groupsLabel')}>
          {groups.map((g) => (
            <ClauseGroupItem
              key={g.clauseId}
              group={g}
              expanded={expanded.has(g.clauseId)}
              onToggle={() => toggle(g.clauseId)}
              focused={state.focused}
              verdictOf={verdictOf}
              onReveal={onReveal}
              onLookup={onLookup}
            />
          ))}
        </ul>
      ) : (
        state.status === 'done' && <p class="empty">{t('noMatches')}</p>
      )}
      {props.history}
      <section class="controls" aria-label={t('controlsLabel')}>
        <VisibilityControls
          visible={state.visible}
          hiddenFamilies={state.hiddenFamilies}
          drawn={state.drawMode === 'inline'}
          onChange={onVisibility}
        />
        {props.siteControl}
      </section>
    </div>
  );
}
