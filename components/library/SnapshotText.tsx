import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { MatchRow } from '../../utils/db/rows';
import { useLibrary } from './context';
import { clauseColor, clauseName } from './format';
import { segmentSnapshot } from './snapshot-segments';

export interface SnapshotTextProps {
  text: string;
  matches: readonly MatchRow[];
  /** the match to scroll to and outline */
  focused: number | null;
  /** bumped to scroll to the focused match again */
  reveal: number;
  onPick: (index: number) => void;
}

/**
 * The page's text as captured, with its matches marked. Built from offsets into the stored text: every piece
 * is a text node, so nothing the page wrote is ever parsed as markup.
 */
export function SnapshotText({ text, matches, focused, reveal, onPick }: SnapshotTextProps) {
  const { t, lang } = useLibrary();
  const box = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentSnapshot(text.length, matches), [text, matches]);

  useEffect(() => {
    if (focused === null) return;
    const mark = box.current?.querySelector(`mark[data-starts~="${focused}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, [focused, reveal]);

  return (
    <div class="snapshot" ref={box} tabIndex={0} role="region" aria-label={t('detail.snapshot')}>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.matches.length === 0) return piece;
        const first = matches[seg.matches[0] as number] as MatchRow;
        const starts = seg.matches.filter((i) => (matches[i] as MatchRow).start === seg.start);
        const names = [...new Set(seg.matches.flatMap((i) => (matches[i] as MatchRow).clauseIds))];
        return (
          <mark
            key={seg.start}
            class={`hit${focused !== null && seg.matches.includes(focused) ? ' focused' : ''}${seg.matches.length > 1 ? ' overlap' : ''}`}
            style={{ '--c': clauseColor(first.clauseIds[0] ?? '') }}
            data-starts={starts.join(' ')}
            title={names.map((id) => clauseName(id, lang)).join('\n')}
            onClick={() => onPick(seg.matches[0] as number)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
