import { browser } from 'wxt/browser';
import type { FlagInput } from '../../utils/db/inputs';
import type { PageFlags } from '../../utils/db/pages';
import type { Verdict } from '../../utils/db/rows';
import type { Settings } from '../../utils/settings';

export interface FlagOutcome {
  pageId: string;
  matchCount: number;
  remembered: number;
}

/** What the popup asks of the background, which owns the database and the settings. */
export interface StorageClient {
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  flagPage(input: FlagInput): Promise<FlagOutcome>;
  getPageFlags(url: string): Promise<PageFlags>;
  setVerdict(input: { matchId: string; verdict: Verdict; note: string }): Promise<{ updated: number }>;
}

/** A refusal from the background (bad input, storage full): its message names what went wrong. */
export class StorageRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageRefused';
  }
}

export function storageClient(api: typeof browser = browser): StorageClient {
  async function ask<T>(message: { type: string } & Record<string, unknown>): Promise<T> {
    const answer = (await api.runtime.sendMessage(message)) as
      { ok: true; value?: T } | { ok: false; error: string } | undefined;
    if (!answer) throw new StorageRefused(`${message.type}: no answer from the background`);
    if (!answer.ok) throw new StorageRefused(answer.error);
    return answer as unknown as T;
  }
  return {
    getSettings: () => ask({ type: 'popup-to-background:get-settings' }),
    setSettings: (patch) => ask({ type: 'popup-to-background:set-settings', patch }),
    flagPage: (input) => ask({ type: 'popup-to-background:flag-page', ...input }),
    getPageFlags: (url) => ask({ type: 'popup-to-background:get-page-flags', url }),
    setVerdict: (input) => ask({ type: 'popup-to-background:set-verdict', ...input }),
  };
}
