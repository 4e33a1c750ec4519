import { HtmlTextExtractor } from './html-text';

/** The rendered text of a stream of HTML, piece by piece. */
export async function* htmlPieces(html: AsyncIterable<string>): AsyncGenerator<string> {
  const x = new HtmlTextExtractor();
  for await (const piece of html) {
    const text = x.write(piece);
    if (text) yield text;
  }
  const rest = x.end();
  if (rest) yield rest;
}
