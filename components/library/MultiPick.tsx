import { useId, useState } from 'preact/hooks';

export interface PickOption {
  value: string;
  label: string;
  /** a colour swatch beside the chosen value */
  color?: string;
  group?: string;
}

export interface MultiPickProps {
  label: string;
  /** the first entry of the drop-down, which adds nothing */
  placeholder: string;
  options: readonly PickOption[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
  /** the add button's text */
  addLabel: string;
  /** accessible name of a chosen value's remove button ("Remove {value}") */
  removeLabel: (label: string) => string;
  disabled?: boolean;
}

/**
 * Choosing several values with plain controls: pick one in a drop-down (typing its first letters finds it) and
 * add it, each chosen value is a chip with a remove button. The add button is what commits, because arrow keys
 * on a closed drop-down change its value one option at a time.
 */
export function MultiPick(props: MultiPickProps) {
  const { label, placeholder, options, chosen, onChange, addLabel, removeLabel, disabled } = props;
  const id = useId();
  const [pick, setPick] = useState('');
  const byValue = new Map(options.map((o) => [o.value, o]));
  const left = options.filter((o) => !chosen.includes(o.value));
  const groups = [...new Set(left.map((o) => o.group ?? ''))];
  return (
    <div class="multi-pick">
      <label for={id}>{label}</label>
      <select
        id={id}
        disabled={disabled || left.length === 0}
        value={pick}
        onChange={(e) => setPick(e.currentTarget.value)}
      >
        <option value="">{placeholder}</option>
        {groups.map((g) =>
          g ? (
            <optgroup key={g} label={g}>
              {left
                .filter((o) => o.group === g)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </optgroup>
          ) : (
            left
              .filter((o) => !o.group)
              .map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))
          ),
        )}
      </select>
      <button
        type="button"
        aria-label={`${addLabel}: ${label}`}
        disabled={disabled || !pick}
        onClick={() => {
          if (pick && !chosen.includes(pick)) onChange([...chosen, pick]);
          setPick('');
        }}
      >
        {addLabel}
      </button>
      {chosen.length > 0 && (
        <ul class="chosen" aria-label={label}>
          {chosen.map((value) => {
            const o = byValue.get(value);
            const text = o?.label ?? value;
            return (
              <li key={value} class="chip" style={o?.color ? { borderColor: o.color } : undefined}>
                <span>{text}</span>
                <button
                  type="button"
                  class="remove"
                  aria-label={removeLabel(text)}
                  onClick={() => onChange(chosen.filter((v) => v !== value))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
