import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FrameTotals } from '../../utils/messages';
import { z } from '../../utils/zod';

const Answer = z.object({ ok: z.literal(true), value: FrameTotals });

/** How many matches the tab's embedded frames hold (the badge counts them; the popup lists the top frame's). */
export async function matchesInFrames(tabId: number, api: typeof browser = browser): Promise<number> {
  const answer = Answer.safeParse(
    await api.runtime.sendMessage({ type: 'popup-to-background:get-frame-totals', tabId }),
  );
  if (!answer.success) return 0;
  return answer.data.value.reduce((n, f) => (f.frameId === 0 ? n : n + f.total), 0);
}

/** How often the popup reads the frames' totals again: frames finish their scans on their own time. */
const POLL_MS = 1000;

/** matchesInFrames for the popup's tab, kept current while the popup is open. */
export function useMatchesInFrames(tabId: number | null | undefined, api: typeof browser = browser): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let live = true;
    const read = () =>
      matchesInFrames(tabId, api).then(
        (count) => live && setN(count),
        () => live && setN(0),
      );
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId, api]);
  return n;
}
