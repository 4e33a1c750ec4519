import { itemAtPoint } from '../../utils/dom/hit-test';
import type { PageModel } from '../../utils/dom/model';
import type { PageMatch } from '../../utils/dom/page-match';
import type { Painter } from '../../utils/dom/painter';
import { offsetOf } from '../../utils/dom/segments';

/** The drawn match at a viewport point, looked up through the page model and the painter. */
export function matchAtPoint(
  x: number,
  y: number,
  model: PageModel,
  painter: Painter<PageMatch>,
  shadowRoots: Iterable<ShadowRoot>,
  doc: Document = document,
): PageMatch | undefined {
  return itemAtPoint<PageMatch>(
    x,
    y,
    {
      candidates: (node, offset) => {
        const block = model.blockOf(node);
        if (!block) return [];
        const at = offsetOf(block, node, offset);
        return model.matchesIn(block).filter((m) => m.start <= at && at <= m.end);
      },
      rangeOf: (m) => m.range(),
      isDrawn: (m) => painter.isDrawn(m),
      itemOf: (r) => painter.itemOf(r),
      shadowRoots: () => [...shadowRoots].filter((r) => r.host.isConnected),
    },
    doc,
  );
}
