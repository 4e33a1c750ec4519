import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageFlags } from '../../utils/db/pages';
import type { MatchSummary } from '../../utils/messages';
import type { ContentClient } from './content-client';
import { keyOfMatch, rememberedReviews, storedMatchIds, type Review } from './evidence';
import type { FlagOutcome, StorageClient } from './storage-client';

const UNREVIEWED: Review = { verdict: 'unreviewed', note: '' };

export interface Evidence {
  /** earlier captures of the page and the verdicts remembered for it; null until loaded */
  flags: PageFlags | null;
  /** the page's text now, for re-anchoring earlier captures (read only when there are some) */
  currentText: string | null;
  reviewOf(key: string): Review;
  /** the verdict remembered for a match, if the page was flagged before */
  verdictOf(m: MatchSummary): Review['verdict'] | undefined;
  /** sets a verdict: at once when the match is stored, else kept until the page is flagged */
  review(key: string, review: Review): Promise<void>;
  flag(details: { note: string; tags: string[] }): Promise<void>;
  busy: boolean;
  outcome: FlagOutcome | null;
  error: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The page as evidence: its earlier captures, verdicts (remembered and pending) and flagging. */
export function useEvidence(
  storage: StorageClient,
  content: ContentClient | null,
  url: string | null,
): Evidence {
  const [flags, setFlags] = useState<PageFlags | null>(null);
  const [currentText, setCurrentText] = useState<string | null>(null);
  // verdicts given before the page is stored; a ref, so a flag submitted right after an edit sees it
  const pending = useRef(new Map<string, Review>());
  const [, rerender] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FlagOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (url === null) return null;
    const fresh = await storage.getPageFlags(url);
    setFlags(fresh);
    return fresh;
  }, [storage, url]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const fresh = await load();
        if (live && fresh && fresh.captures.length > 0 && content)
          setCurrentText((await content.getSnapshot()).text);
      } catch (e) {
        if (live) setError(message(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [load, content]);

  const remembered = useMemo(() => rememberedReviews(flags), [flags]);
  const stored = useMemo(() => storedMatchIds(flags), [flags]);

  const review = async (key: string, r: Review) => {
    setError(null);
    const matchId = stored.get(key);
    if (matchId === undefined) {
      pending.current.set(key, r);
      rerender((n) => n + 1);
      return;
    }
    try {
      await storage.setVerdict({ matchId, verdict: r.verdict, note: r.note });
      await load();
    } catch (e) {
      setError(message(e));
    }
  };

  const flag = async ({ note, tags }: { note: string; tags: string[] }) => {
    if (!content) return;
    setBusy(true);
    setError(null);
    try {
      const snap = await content.getSnapshot();
      const result = await storage.flagPage({
        url: snap.url,
        title: snap.title,
        snapshot: snap.text,
        note,
        tags,
        matches: snap.matches.map((m) => ({
          start: m.start,
          end: m.end,
          text: m.text,
          term: m.term,
          base: m.base,
          clauses: m.clauses,
          implied: m.implied,
          steps: m.steps,
          ...(m.variant === undefined ? {} : { variant: m.variant }),
          entry: m.entry,
          note: m.note,
        })),
      });
      setCurrentText(snap.text);
      // verdicts given before the page was stored now have a match to go on
      const ids = storedMatchIds(await load());
      const given = [...pending.current];
      for (const [key, r] of given) {
        const matchId = ids.get(key);
        if (matchId !== undefined) await storage.setVerdict({ matchId, verdict: r.verdict, note: r.note });
        pending.current.delete(key);
      }
      if (given.length > 0) await load();
      setOutcome(result);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    flags,
    currentText,
    reviewOf: (key) => pending.current.get(key) ?? remembered.get(key) ?? UNREVIEWED,
    verdictOf: (m) => remembered.get(keyOfMatch(m))?.verdict,
    review,
    flag,
    busy,
    outcome,
    error,
  };
}
