import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { artifactPath } from './paths';

/**
 * The page's width, its scroll width and every rendered element whose right edge passes the viewport: at 200%
 * zoom a page that reflows has none.
 */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName}.${el.className}`);
    return { devicePixelRatio, width, scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

/** Saves the whole page, beyond the viewport, as the test artifact e2e/<name>.png. */
export async function saveFullScreenshot(cdp: CDPSession, name: string): Promise<void> {
  const { data } = (await cdp.send('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
  })) as {
    data: string;
  };
  writeFileSync(artifactPath(`e2e/${name}.png`), Buffer.from(data, 'base64'));
}
