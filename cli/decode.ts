/**
 * Decodes a byte stream as UTF-8 piece by piece (characters split between reads are joined; a leading byte
 * order mark is dropped; invalid bytes become U+FFFD, as a browser shows them).
 */
export async function* decodeUtf8(bytes: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const b of bytes) {
    const text = typeof b === 'string' ? b : decoder.decode(b, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
