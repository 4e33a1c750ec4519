/** The host a never-scan entry is made from: the page's host name without a leading "www.". */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

const entryCovers = (entry: string, host: string) => {
  const e = entry.trim().toLowerCase().replace(/^\*\./, '');
  return e !== '' && (host === e || host.endsWith(`.${e}`));
};

/** Whether a never-scan list covers a host (an entry covers its subdomains, as the content script reads it). */
export function isListed(list: readonly string[], host: string): boolean {
  return list.some((entry) => entryCovers(entry, host.toLowerCase()));
}

/** The list with the host added, or with every entry covering the host removed. */
export function withSite(list: readonly string[], host: string, listed: boolean): string[] {
  const h = host.toLowerCase();
  if (listed) return isListed(list, h) ? [...list] : [...list, h];
  return list.filter((entry) => !entryCovers(entry, h));
}
