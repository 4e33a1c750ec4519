import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../utils/settings';
import type { StorageClient } from './storage-client';

export interface SettingsHandle {
  settings: Settings;
  /** saves a change through the background; a refusal is reported, the shown settings stay as they were */
  save: (patch: Partial<Settings>) => Promise<void>;
  problem: string | null;
}

/** The settings as the background holds them (defaults until they arrive). */
export function useSettings(storage: StorageClient, api: typeof browser = browser): SettingsHandle {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    storage.getSettings().then(
      (s) => live && setSettings(s),
      // the background is unreachable: the mirrored copy still gives the language and the lists
      () =>
        api.storage.local
          .get('settings')
          .then((raw) => live && setSettings(parseSettings(raw.settings).settings))
          .catch(() => undefined),
    );
    return () => {
      live = false;
    };
  }, [storage, api]);

  const save = async (patch: Partial<Settings>) => {
    setProblem(null);
    try {
      setSettings(await storage.setSettings(patch));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return { settings, save, problem };
}
