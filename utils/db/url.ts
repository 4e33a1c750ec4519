/** Query parameters that only track where a visitor came from; two URLs differing only in these are one page. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|spm|from|share_token|igshid)$/i;

/**
 * The URL a page is remembered under: fragment and tracking parameters dropped, remaining parameters sorted,
 * host lower-cased (the URL parser does that and drops default ports). Unparseable input is returned trimmed,
 * so a capture is never refused for an odd URL.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/** Host name without a leading "www.", or '' for URLs without one (file:, data:, unparseable). */
export function domainOf(raw: string): string {
  try {
    return new URL(raw).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
