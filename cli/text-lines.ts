/** Splits a stream of text into lines (without their "\n" or "\r\n"), numbered from 1. */
export async function* textLines(
  pieces: AsyncIterable<string>,
): AsyncGenerator<{ line: number; text: string }> {
  // Only each new piece is searched for line breaks, so a very long line costs no more than a short one.
  let rest = '';
  let line = 0;
  for await (const piece of pieces) {
    let from = 0;
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', from)) {
      const text = rest + piece.slice(from, nl);
      rest = '';
      yield { line: ++line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
      from = nl + 1;
    }
    rest += piece.slice(from);
  }
  if (rest) yield { line: ++line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}
