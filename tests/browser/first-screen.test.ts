// The first screen in Chromium: on a cable address the plain-DOM first screen is the first frame of the clean view,
// and when the Preact view takes it over nothing it drew moves (every box it drew keeps its place and size), at
// a phone's width and a desktop's. Boxes are read in a task after each frame is drawn, as the reader saw them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initScript, runInPage } from '../bench/browser/in-page';
import { cablegateLayout } from '../fixtures/layouts';
import { SAMPLE_CABLEGATE_PAGE } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

const skip = browserSkipReason('first screen');

const cableUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html';

interface Frame {
  /** The first screen (not yet taken over) was what this frame drew. */
  first: boolean;
  /** Boxes by element: left, top, width, height. */
  boxes: Record<string, number[]>;
}

declare global {
  interface Window {
    __frames?: Frame[];
  }
}

/** Main world, before the page: each frame's boxes, read in a task posted from the frame's own callbacks. */
function recordFrames(): void {
  const frames: Frame[] = [];
  window.__frames = frames;
  const rootOf = () =>
    document.querySelector('cable-reader-view')?.shadowRoot?.querySelector<HTMLElement>('.cr-root') ?? null;
  const read = (root: HTMLElement): Frame => {
    const boxes: Record<string, number[]> = {};
    const parts =
      '.cr-bar, .cr-bar-what, .cr-bar-tools, .cr-card, .cr-subject, .cr-details-toggle, .cr-toolbar';
    for (const el of root.querySelectorAll<HTMLElement>(`${parts}, [data-key]`)) {
      const name = el.dataset.key ? `key ${el.dataset.key}` : (el.getAttribute('class') ?? '');
      const r = el.getBoundingClientRect();
      boxes[name] ??= [r.left, r.top, r.width, r.height];
    }
    return { first: root.hasAttribute('data-first-screen'), boxes };
  };
  const frame = () => {
    // Registered first thing in each frame's callbacks, so it runs before any the content script registers.
    if (frames.length < 2 || frames.at(-1)?.first) requestAnimationFrame(frame);
    const drawn = rootOf();
    if (!drawn) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const root = rootOf();
      if (root === drawn) frames.push(read(root));
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}

describe.skipIf(skip)('the first screen, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(cableUrl, cablegateLayout(SAMPLE_CABLEGATE_PAGE));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([390, 1280])(
    'at %i px is the view first drawn, and nothing it drew moves when the view takes over',
    async (width) => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(initScript(recordFrames));
        await page.goto(cableUrl);
        expect(await waitForOutcome(page)).toBe('ready');
        await page.waitForFunction(() => (window.__frames ?? []).some((f) => !f.first));
        const frames = await runInPage(page, () => window.__frames ?? []);
        const first = frames[0];
        const after = frames.find((f) => !f.first);
        if (!first || !after) throw new Error('no frame of the view was read');
        expect(first.first).toBe(true);
        expect(Object.keys(first.boxes)).toEqual(
          expect.arrayContaining(['cr-card', 'cr-toolbar', 'key 1', 'key 2']),
        );
        for (const [name, box] of Object.entries(first.boxes)) {
          const now = after.boxes[name];
          expect(now, `${name} is still there`).toBeDefined();
          for (let i = 0; i < 4; i++)
            expect(Math.abs((now?.[i] ?? Number.NaN) - (box[i] ?? 0)), name).toBeLessThan(0.5);
        }
      } finally {
        await page.close();
      }
    },
  );
});
