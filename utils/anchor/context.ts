/** How many characters of a saved prefix, read backwards from its end, equal the text just before `at`. */
export function prefixAgreement(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters of a saved suffix, read forwards, equal the text from `at` on. */
export function suffixAgreement(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

/**
 * Share of the saved context found around an occurrence, 0..1. Context cut short by the start or end of
 * the text counts as agreeing only if the saved context was cut short the same way.
 */
export function contextScore(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  return (prefixAgreement(text, start, prefix) + suffixAgreement(text, end, suffix)) / total;
}

/** Every start offset of needle in text (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
