/** About how much text is scanned at once; large enough that per-chunk costs vanish, small enough to stay flat. */
export const CHUNK_SIZE = 1 << 16;

/**
 * Regroups a stream of text pieces into chunks that end at a line break ("\n", kept in the chunk), so a
 * long document can be matched piece by piece: no match crosses a line break, and offsets only need the
 * length of the chunks before. A single line longer than the chunk size is kept whole.
 */
export async function* lineChunks(pieces: AsyncIterable<string>, size = CHUNK_SIZE): AsyncGenerator<string> {
  let held: string[] = [];
  let heldLength = 0;
  // Where to look for a line break next: only text that arrived since the last failed search.
  let threshold = size;
  for await (const piece of pieces) {
    if (!piece) continue;
    held.push(piece);
    heldLength += piece.length;
    if (heldLength < threshold) continue;
    const text = held.join('');
    const cut = text.lastIndexOf('\n') + 1;
    if (cut === 0) {
      held = [text];
      threshold = heldLength + size;
      continue;
    }
    yield text.slice(0, cut);
    const rest = text.slice(cut);
    held = rest ? [rest] : [];
    heldLength = rest.length;
    threshold = size;
  }
  if (heldLength > 0) yield held.join('');
}
