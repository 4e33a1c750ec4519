import { useId, useState } from 'preact/hooks';

export interface ListEditorProps {
  label: string;
  /** what the add field explains (shown under it) */
  hint?: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  removeLabel: (item: string) => string;
  /** turns typed text into the stored form, or returns an error message */
  normalize?: (raw: string) => { value: string } | { error: string };
  disabled?: boolean;
}

/** A list of strings: each with a remove button, plus a field to add one (Enter or the add button). */
export function ListEditor(props: ListEditorProps) {
  const { label, hint, items, onChange, addLabel, removeLabel, normalize, disabled } = props;
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const raw = draft.trim();
    if (!raw) return;
    const result = normalize ? normalize(raw) : { value: raw };
    if ('error' in result) return setError(result.error);
    setError(null);
    setDraft('');
    if (!items.includes(result.value)) onChange([...items, result.value]);
  };

  return (
    <div class="list-editor">
      <label for={id}>{label}</label>
      <div class="add-row">
        <input
          id={id}
          type="text"
          value={draft}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={disabled || !draft.trim()}>
          {addLabel}
        </button>
      </div>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items.length > 0 && (
        <ul class="items" aria-label={label}>
          {items.map((item) => (
            <li key={item}>
              <span class="item-text">{item}</span>
              <button
                type="button"
                class="remove"
                aria-label={removeLabel(item)}
                disabled={disabled}
                onClick={() => onChange(items.filter((x) => x !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
