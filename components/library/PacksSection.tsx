import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PackRow } from '../../utils/db/rows';
import type { Settings } from '../../utils/settings';
import { AllowListEditor } from './AllowListEditor';
import { useLibrary } from './context';
import { PackImport } from './PackImport';
import { PackItem } from './PackItem';

export interface PacksSectionProps {
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => Promise<void>;
}

/** The researcher's own lexicon packs and the allow-list: what is matched besides the shipped lexicon. */
export function PacksSection({ settings, onSettings }: PacksSectionProps) {
  const { t, backend } = useLibrary();
  const [packs, setPacks] = useState<PackRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    backend.listPacks().then(
      (p) => {
        setPacks(p);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [backend]);
  useEffect(load, [load]);
  useEffect(() => backend.watch(load), [backend, load]);

  return (
    <div class="packs-section">
      <h2>{t('packs.heading')}</h2>
      <PackImport onSaved={load} />
      <section aria-labelledby="pack-list-heading">
        <h3 id="pack-list-heading">{t('packs.listHeading')}</h3>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {packs && packs.length === 0 && <p class="empty">{t('packs.none')}</p>}
        {packs && packs.length > 0 && (
          <ul class="pack-list">
            {packs.map((p) => (
              <PackItem
                key={p.id}
                pack={p}
                onToggle={async (enabled) => {
                  await backend.setPackEnabled(p.id, enabled);
                  load();
                }}
                onRemove={async () => {
                  await backend.removePack(p.id);
                  load();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <AllowListEditor items={settings.allowList} onChange={(allowList) => onSettings({ allowList })} />
    </div>
  );
}
