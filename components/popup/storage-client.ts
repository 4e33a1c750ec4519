import { browser } from 'wxt/browser';
import type { Reply, StorageValues } from '../../utils/background/storage';
import type { PopupToBackground } from '../../utils/messages';
import type { Settings } from '../../utils/settings';

type Values = StorageValues;

/** What the popup asks of the background, which owns the database and the settings. */
export interface StorageClient {
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  flagPage(
    input: Omit<Extract<PopupToBackground, { type: 'popup-to-background:flag-page' }>, 'type'>,
  ): Promise<Values['popup-to-background:flag-page']>;
  getPageFlags(url: string): Promise<Values['popup-to-background:get-page-flags']>;
  setVerdict(
    input: Omit<Extract<PopupToBackground, { type: 'popup-to-background:set-verdict' }>, 'type'>,
  ): Promise<Values['popup-to-background:set-verdict']>;
}

export type FlagOutcome = Values['popup-to-background:flag-page'];

/** A refusal from the background (bad input, storage full): its message names what went wrong. */
export class StorageRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageRefused';
  }
}

/** The popup-to-background messages; every answer is { ok: true, value } or { ok: false, error }. */
export function storageClient(api: typeof browser = browser): StorageClient {
  async function ask<K extends PopupToBackground['type'] & keyof Values>(
    message: Extract<PopupToBackground, { type: K }>,
  ): Promise<Values[K]> {
    const answer = (await api.runtime.sendMessage(message)) as Reply<Values[K]> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer))
      throw new StorageRefused(`${message.type}: no answer from the background`);
    if (!answer.ok) throw new StorageRefused(answer.error);
    return answer.value;
  }
  return {
    getSettings: () => ask({ type: 'popup-to-background:get-settings' }),
    setSettings: (patch) => ask({ type: 'popup-to-background:set-settings', patch }),
    flagPage: (input) => ask({ type: 'popup-to-background:flag-page', ...input }),
    getPageFlags: (url) => ask({ type: 'popup-to-background:get-page-flags', url }),
    setVerdict: (input) => ask({ type: 'popup-to-background:set-verdict', ...input }),
  };
}
