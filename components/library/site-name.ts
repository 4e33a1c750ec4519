/**
 * The host name a never-scan entry is stored as: "https://www.Example.com/a" → "www.example.com",
 * "*.example.com" → "example.com" (an entry covers its subdomains anyway). Returns null for text that names
 * no host.
 */
export function siteName(raw: string): string | null {
  const text = raw.trim().replace(/^\*\./, '');
  if (!text || /\s/.test(text)) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
    return host ? host.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}
