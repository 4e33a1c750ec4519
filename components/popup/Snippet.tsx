/** Characters of context shown on each side of a match in the popup's lists. */
const SHOWN = 18;

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Code points, so an emoji or a rare Han character is never cut in half. */
const chars = (s: string) => Array.from(s);

/**
 * A match in its context, "…prefix [match] suffix…", on one line. Page text goes in as text nodes only; the
 * <mark> is the popup's own element.
 */
export function Snippet({ prefix, text, suffix }: { prefix: string; text: string; suffix: string }) {
  const before = chars(flat(prefix));
  const after = chars(flat(suffix));
  const head =
    before.length > SHOWN ? `…${before.slice(-SHOWN).join('').trimStart()}` : before.join('').trimStart();
  const tail =
    after.length > SHOWN ? `${after.slice(0, SHOWN).join('').trimEnd()}…` : after.join('').trimEnd();
  return (
    <span class="snippet">
      <span>{head}</span>
      <mark>{flat(text)}</mark>
      <span>{tail}</span>
    </span>
  );
}
