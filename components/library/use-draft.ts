import { useRef, useState } from 'preact/hooks';

/**
 * An editable copy of a stored value: the user's edits stay until the stored value itself changes (saved here
 * or elsewhere), which replaces the draft. Compared during render rather than in an effect, so an edit made
 * before the first effect ran is never overwritten.
 */
export function useDraft<T>(stored: T, same: (a: T, b: T) => boolean = Object.is): [T, (next: T) => void] {
  const [draft, setDraft] = useState(stored);
  const last = useRef(stored);
  if (!same(last.current, stored)) {
    last.current = stored;
    setDraft(stored);
    return [stored, setDraft];
  }
  return [draft, setDraft];
}
