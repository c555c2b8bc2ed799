// The first screen in Chromium: on a cable address the plain-DOM first screen is the first frame of the clean view,
// and when the Preact view takes it over nothing it drew moves (every box it drew keeps its place and size), at
// a phone's width and a desktop's; on a long cable it fills the window, from a phone's to a large desktop's; the
// line width's character, measured without a layout, is the width the cable's text has when laid out.
// Boxes are read in a task after each frame is drawn, as the reader saw them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { measureSample } from '../../components/useMeasure';
import { parseCable } from '../../lib/cable/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { initScript, runInPage } from '../bench/browser/in-page';
import { cablegateLayout } from '../fixtures/layouts';
import { longSampleBody, SAMPLE_BODY, SAMPLE_CABLEGATE_PAGE, SAMPLE_HEADER } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

declare const chrome: typeof Browser;

const skip = browserSkipReason('first screen');

const cableUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html';
const longCableUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA124.html';
/** Paragraphs of the long cable: far more than any window below holds. */
const LONG_PARAGRAPHS = 60;

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
    browser.serve(
      longCableUrl,
      cablegateLayout({
        ...SAMPLE_CABLEGATE_PAGE,
        id: '09ZEMBLA124',
        body: longSampleBody(LONG_PARAGRAPHS - 4),
      }),
    );
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

  it.each([
    [390, 844],
    [1280, 900],
    [2560, 1440],
  ])(
    'at %i x %i px, on a long cable, the first screen reaches the bottom of the window',
    async (width, height) => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width, height });
        await page.addInitScript(initScript(recordFrames));
        await page.goto(longCableUrl);
        expect(await waitForOutcome(page)).toBe('ready');
        await page.waitForFunction(() => (window.__frames ?? []).length > 0);
        const [first] = await runInPage(page, () => window.__frames ?? []);
        if (!first) throw new Error('no frame of the view was read');
        expect(first.first).toBe(true);
        const paragraphs = Object.entries(first.boxes).filter(([name]) => name.startsWith('key '));
        // Not the whole cable: the rest comes after the first paint, so the window must be full without it.
        expect(paragraphs.length).toBeGreaterThan(0);
        expect(paragraphs.length).toBeLessThan(LONG_PARAGRAPHS);
        const bottom = Math.max(...paragraphs.map(([, [, top = 0, , h = 0]]) => top + h));
        expect(bottom).toBeGreaterThanOrEqual(height);
      } finally {
        await page.close();
      }
    },
  );

  it.each(['serif', 'sans', 'mono'])(
    "sets the %s character of the line width to the cable text's own width as laid out",
    async (font) => {
      const page = await browser.context.newPage();
      try {
        const worker = await browser.background();
        await worker.evaluate((settings) => chrome.storage.local.set({ 'reading-settings': settings }), {
          ...DEFAULT_SETTINGS,
          font,
        });
        await page.goto(cableUrl);
        expect(await waitForOutcome(page)).toBe('ready');
        const doc = parseCable({ headerText: SAMPLE_HEADER, bodyText: SAMPLE_BODY, pageMeta: {} });
        const sample = measureSample(doc.blocks.filter((b) => b.kind === 'paragraph')).slice(0, 600);
        const widths = await runInPage(
          page,
          (text: string) => {
            const root = document
              .querySelector('cable-reader-view')
              ?.shadowRoot?.querySelector<HTMLElement>('.cr-root');
            if (!root) return null;
            const probe = document.createElement('span');
            probe.style.cssText = 'position: absolute; visibility: hidden; white-space: pre';
            probe.textContent = text;
            root.append(probe);
            const laidOut = probe.getBoundingClientRect().width / text.length;
            probe.remove();
            return {
              font: root.dataset.font,
              set: Number.parseFloat(root.style.getPropertyValue('--cr-char')),
              laidOut,
            };
          },
          sample,
        );
        if (!widths) throw new Error('no clean view');
        expect(widths.font).toBe(font);
        expect(sample.length).toBeGreaterThan(300);
        expect(widths.set / widths.laidOut).toBeCloseTo(1, 2);
      } finally {
        await page.close();
      }
    },
  );
});
