import { useState } from 'preact/hooks';
import { useLibrary } from './context';
import { ListEditor } from './ListEditor';

export interface AllowListEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => Promise<void>;
}

/** Terms or contexts that must never fire, whatever lexicon would match them (settings.allowList). */
export function AllowListEditor({ items, onChange }: AllowListEditorProps) {
  const { t } = useLibrary();
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="allow-list" aria-labelledby="allow-heading">
      <h3 id="allow-heading">{t('allow.heading')}</h3>
      <ListEditor
        label={t('allow.label')}
        hint={t('allow.hint')}
        items={items}
        addLabel={t('allow.add')}
        removeLabel={(item) => t('allow.remove', { item })}
        onChange={(next) =>
          void onChange(next).then(
            () => setError(null),
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          )
        }
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
