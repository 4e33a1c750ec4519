import { useState } from 'preact/hooks';
import { usePopup } from './context';

/** How many items of a long list are rendered at first, and how many more each "show more" adds. */
export const LIST_STEP = 100;

/** A long list rendered a step at a time: a page can have thousands of matches. */
export function useShown(total: number, step = LIST_STEP): { shown: number; more: () => void } {
  const [shown, setShown] = useState(step);
  return { shown: Math.min(shown, total), more: () => setShown((n) => n + step) };
}

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = usePopup();
  if (shown >= total) return null;
  return (
    <button type="button" class="show-more" onClick={onMore}>
      {t('showMore', { n: Math.min(LIST_STEP, total - shown), left: total - shown })}
    </button>
  );
}
