/**
 * Groups block texts into chunks for the matcher: several short blocks joined with "\n" (a hard boundary for
 * the engine, so nothing matches across blocks) up to a size that matches in a few milliseconds; a block
 * longer than that is cut into overlapping pieces, each keeping only the matches that start in its own part.
 */
export interface ChunkPart {
  /** index of the text in the input list */
  index: number;
  /** where the piece starts in the chunk text */
  at: number;
  /** where the piece starts in its own text */
  from: number;
  /** matches starting in [keepFrom, keepTo) of the text are this piece's */
  keepFrom: number;
  keepTo: number;
}

export interface Chunk {
  text: string;
  parts: ChunkPart[];
}

/** Context read before a piece so word-boundary checks at its start see the real neighbour. */
export const PIECE_LOOKBEHIND = 64;
/** Read past a piece's end so a match starting in it is found whole (rule windows are at most 1,000). */
export const PIECE_OVERLAP = 1100;

export function* chunkTexts(texts: readonly string[], maxChars = 32_768): Generator<Chunk> {
  let parts: ChunkPart[] = [];
  let pieces: string[] = [];
  let size = 0;
  const emit = (): Chunk => {
    const chunk = { text: pieces.join('\n'), parts };
    parts = [];
    pieces = [];
    size = 0;
    return chunk;
  };
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] as string;
    if (text.length > maxChars) {
      if (pieces.length > 0) yield emit();
      for (let keepFrom = 0; keepFrom < text.length; keepFrom += maxChars) {
        const keepTo = Math.min(text.length, keepFrom + maxChars);
        const from = Math.max(0, keepFrom - PIECE_LOOKBEHIND);
        const to = Math.min(text.length, keepTo + PIECE_OVERLAP);
        yield { text: text.slice(from, to), parts: [{ index, at: 0, from, keepFrom, keepTo }] };
      }
      continue;
    }
    if (pieces.length > 0 && size + text.length + 1 > maxChars) yield emit();
    const at = pieces.length === 0 ? 0 : size + 1;
    parts.push({ index, at, from: 0, keepFrom: 0, keepTo: text.length });
    size = at + text.length;
    pieces.push(text);
  }
  if (pieces.length > 0) yield emit();
}

/** The part a chunk offset falls in (binary search), or undefined. */
export function partAt(chunk: Chunk, offset: number): ChunkPart | undefined {
  const parts = chunk.parts;
  let lo = 0;
  let hi = parts.length - 1;
  let found: ChunkPart | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = parts[mid] as ChunkPart;
    if (p.at <= offset) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
