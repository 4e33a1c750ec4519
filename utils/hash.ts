const encoder = new TextEncoder();

/** SHA-256 of the UTF-8 bytes of text, as lowercase hex. Uses Web Crypto, present in browsers and Node 20. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}

/**
 * A short stable identifier from several parts: the parts are joined with a separator that cannot occur in
 * them unescaped, so ["a\nb", "c"] and ["a", "b\nc"] never collide.
 */
export async function stableId(parts: readonly string[], length = 24): Promise<string> {
  const joined = parts.map((p) => p.replaceAll('\\', '\\\\').replaceAll('\n', '\\n')).join('\n');
  return (await sha256Hex(joined)).slice(0, length);
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
