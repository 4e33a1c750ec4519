/**
 * The card's styles, inside its closed shadow root (WXT adds `:host { all: initial !important }` before them, so
 * page styles, even `* { all: unset !important }`, do not reach in). Pixel units only: rem would follow the page's
 * root font size.
 */
export const CARD_CSS = `
.card {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  padding: 10px 12px 10px;
  background: #fff;
  color: #1f2328;
  border: 1px solid #d0d7de;
  border-top: 4px solid #546e7a;
  border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: start;
  direction: ltr;
  pointer-events: auto;
  outline: none;
}
.card:focus-visible { box-shadow: 0 0 0 2px #1e88e5, 0 6px 24px rgba(0, 0, 0, 0.18); }
.head { display: flex; align-items: baseline; gap: 6px; font-size: 14px; }
.swatch { flex: none; width: 10px; height: 10px; border-radius: 2px; align-self: center; }
.clause .locator { font-weight: 600; }
.head .clause { flex: 1; }
.close {
  flex: none; margin: -4px -6px 0 4px; padding: 0 6px; border: 0; background: none; color: #57606a;
  font: inherit; font-size: 18px; line-height: 1; cursor: pointer;
}
.close:hover, .close:focus-visible { color: #1f2328; }
.row, dl { margin: 6px 0 0; }
.key, dt { color: #57606a; font-size: 12px; }
.others .key { margin-right: 6px; }
.others .clause + .clause::before { content: "; "; }
dt { margin-top: 4px; }
dd { margin: 0; overflow-wrap: anywhere; }
.quote { font-weight: 600; white-space: pre-wrap; }
.variant { color: #57606a; }
.note { margin: 8px 0 0; color: #57606a; font-size: 12px; }
.full { display: inline-block; margin-top: 8px; color: #0969da; text-decoration: underline; cursor: pointer; }
.full:focus-visible { outline: 2px solid #1e88e5; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2428; color: #e6edf3; border-color: #3d444d; }
  .key, dt, .note, .variant, .close { color: #9198a1; }
  .close:hover { color: #e6edf3; }
  .full { color: #4493f8; }
}
/* Page text may carry bidirectional controls: keep them from reordering anything outside its element. */
:where(span, a, mark, strong, em, b, i, code, cite, q, time, label, bdi) { unicode-bidi: isolate; }
`;
