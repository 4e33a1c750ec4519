export { contextScore, occurrences } from './context';
export { reanchor, type AnchorResult, type AnchorStatus, type SavedQuote } from './reanchor';
export { summarizeAnchors, type AnchorSummary, type AnchoredQuote } from './summary';
export { quoteAt, CONTEXT_LENGTH } from './quote';
