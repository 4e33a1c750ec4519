import { browser } from 'wxt/browser';
import { compileLexicon, type CompiledLexicon } from '../../utils/match/compile';
import { matcherOf, type Matcher } from '../../utils/match';
import { parseLexicon } from '../../utils/match/load-lexicon';
import type { ResolvedEntry } from '../../utils/match/lexicon';
import { defaultCompiled } from '../../utils/lexicon/default-compiled';
import { parseSettings, type Settings } from '../../utils/settings';
import { reportError } from './guard';

/** What the content script reads from storage: the settings and the user's switched-on lexicon packs. */
export interface Config {
  settings: Settings;
  /** lexicon JSON objects, as the background stores them under `activePacks` */
  packs: unknown[];
}

export async function loadConfig(): Promise<Config> {
  const raw = await browser.storage.local.get(['settings', 'activePacks']);
  return { settings: readSettings(raw.settings), packs: readPacks(raw.activePacks) };
}

function readSettings(raw: unknown): Settings {
  const { settings, error } = parseSettings(raw);
  if (error) reportError('settings', error);
  return settings;
}

function readPacks(raw: unknown): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    reportError('activePacks', 'not an array; no packs used');
    return [];
  }
  return raw;
}

/** Calls back with what changed in storage (settings and/or packs), parsed; returns the unsubscribe. */
export function watchConfig(onChange: (change: Partial<Config>) => void): () => void {
  // The background writes both keys whenever it starts; a write of the same value is no change.
  const changed = (c: { oldValue?: unknown; newValue?: unknown } | undefined) =>
    c !== undefined && JSON.stringify(c.oldValue) !== JSON.stringify(c.newValue);
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change: Partial<Config> = {};
    if (changed(changes.settings)) change.settings = readSettings(changes.settings?.newValue);
    if (changed(changes.activePacks)) change.packs = readPacks(changes.activePacks?.newValue);
    if (change.settings || change.packs) onChange(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The matcher for this frame: the shipped lexicon (compiled at build time), the packs (compiled here; a bad
 * one is skipped with an error naming it) and the allow-list, which cancels matches from all of them.
 */
export function buildMatcher(
  packs: readonly unknown[],
  allow: readonly string[],
): { matcher: Pick<Matcher, 'match'>; ms: number } {
  const t0 = performance.now();
  const parts: CompiledLexicon[] = [defaultCompiled()];
  const entries: ResolvedEntry[] = [];
  packs.forEach((pack, i) => {
    try {
      const id = (pack as { id?: unknown } | null)?.id;
      entries.push(
        ...parseLexicon(pack, `activePacks[${i}]${typeof id === 'string' ? ` (${id})` : ''}`).entries,
      );
    } catch (err) {
      reportError('lexicon pack skipped', err instanceof Error ? err.message : err);
    }
  });
  if (entries.length > 0) parts.push(compileLexicon(entries));
  if (allow.length > 0) parts.push(compileLexicon([], { allow }));
  return { matcher: matcherOf(parts), ms: performance.now() - t0 };
}

/** Whether the frame's site (or, where the browser tells, the top page's) is on the never-scan list. */
export function isNeverScan(settings: Settings, loc: Location = location): boolean {
  if (settings.neverScanSites.length === 0) return false;
  const hosts = [loc.hostname];
  const ancestors = (loc as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors)
    for (let i = 0; i < ancestors.length; i++) {
      try {
        hosts.push(new URL(ancestors.item(i) ?? '').hostname);
      } catch {
        // opaque origins ("null") have no host
      }
    }
  const listed = settings.neverScanSites
    .map((s) => s.trim().toLowerCase().replace(/^\*\./, ''))
    .filter(Boolean);
  return hosts.some((h) => {
    const host = h.toLowerCase();
    return host !== '' && listed.some((s) => host === s || host.endsWith(`.${s}`));
  });
}
