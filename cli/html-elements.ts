// How a browser renders elements, as far as the text it shows is concerned (the default UA stylesheet and
// inline styles; no stylesheets are applied).

/** Elements whose content a browser never shows as text. */
export const NOT_RENDERED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'iframe',
  'object',
  'select',
  'datalist',
]);

/** Elements that start and end a line of their own (CSS display block, list-item, table parts). */
export const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section ' +
    'summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Elements whose whitespace is kept as written (CSS white-space: pre). */
export const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** An inline style that takes the element and everything in it out of rendering. */
export const RE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;
/** An inline visibility; it is inherited, and a visible child of a hidden element shows again. */
export const RE_VISIBILITY =
  /(?:^|;)\s*visibility\s*:\s*(hidden|collapse|visible)\s*(?:!\s*important\s*)?(?:;|$)/i;
/** Whitespace that CSS white-space: normal collapses (a no-break space is not among it). */
export const RE_COLLAPSIBLE = /[ \t\n\r\f]+/g;
