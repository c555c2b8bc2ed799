// Reads the clean view's outside contract from a page: the performance marks, the `cable-reader-view` host and its
// `[data-para]` / `[data-marking]` elements, the toggle button. Queries only: the tests decide what is right.
import type { Locator, Page } from 'playwright-core';

export type Outcome = 'ready' | 'declined';

/** Waits for the content script's verdict on the page: the `cable-reader:ready` or `cable-reader:declined` mark. */
export async function waitForOutcome(page: Page, timeout = 15_000): Promise<Outcome> {
  const handle = await page.waitForFunction(
    () => {
      if (performance.getEntriesByName('cable-reader:ready', 'mark').length) return 'ready';
      if (performance.getEntriesByName('cable-reader:declined', 'mark').length) return 'declined';
      return null;
    },
    null,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as Outcome;
}

/**
 * Waits until every paragraph is in the view: `cable-reader:ready` marks the first screen only; the rest arrives
 * in slices and `cable-reader:complete` marks the end.
 */
export async function waitForComplete(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('cable-reader:complete', 'mark').length > 0,
    null,
    {
      timeout,
      polling: 20,
    },
  );
}

/** Names of the content script's performance entries (marks and measures) visible to the page's main world. */
export function performanceNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.name.startsWith('cable-reader'))
      .map((e) => `${e.entryType}:${e.name}`),
  );
}

export interface ViewParagraph {
  para: string;
  marking: string | null;
}

/** The numbered paragraphs in the view, in document order, as their data attributes say. */
export async function viewParagraphs(page: Page): Promise<ViewParagraph[]> {
  await waitForComplete(page);
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    if (!root) throw new Error('no cable-reader-view with an open shadow root');
    return [...root.querySelectorAll('[data-para]')].map((el) => ({
      para: el.getAttribute('data-para') ?? '',
      marking: el.getAttribute('data-marking'),
    }));
  });
}

/** Every `[data-marking]` value in the view, paragraphs or not, in document order. */
export async function viewMarkings(page: Page): Promise<string[]> {
  await waitForComplete(page);
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    return [...(root?.querySelectorAll('[data-marking]') ?? [])].map(
      (el) => el.getAttribute('data-marking') ?? '',
    );
  });
}

/** What the badges of markings written inside the text show (their written form), in document order. */
export async function viewInTextMarkings(page: Page): Promise<string[]> {
  await waitForComplete(page);
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    return [...(root?.querySelectorAll('.cr-badge-in-text > [aria-hidden="true"]') ?? [])].map(
      (el) => el.textContent ?? '',
    );
  });
}

/** The text the view renders (innerText: what a reader sees, hidden parts left out). */
export async function viewText(page: Page): Promise<string> {
  const shown = await page.evaluate(
    () => performance.getEntriesByName('cable-reader:ready', 'mark').length > 0,
  );
  if (shown) await waitForComplete(page);
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    if (!root) return '';
    return (
      [...root.children]
        .filter(
          (el): el is HTMLElement =>
            el instanceof HTMLElement && !['STYLE', 'LINK', 'SCRIPT'].includes(el.tagName),
        )
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (hidden parts left out)
        .map((el) => el.innerText)
        .join('\n')
    );
  });
}

/** How many `cable-reader-view` hosts the page holds. */
export function hostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('cable-reader-view').length);
}

/** The floating toggle in its current state ("Original page" while clean, "Clean view" while original). */
export function toggleButton(page: Page, name: 'Original page' | 'Clean view'): Locator {
  return page.getByRole('button', { name, exact: true });
}

/**
 * Clicks the toggle where it is on screen, as a reader does. Locator clicks first scroll the element into view,
 * and for the strip that stays at the top of the original (a sticky element) that moves the page itself.
 */
export async function clickToggleInPlace(page: Page, name: 'Original page' | 'Clean view'): Promise<void> {
  const box = await toggleButton(page, name).boundingBox();
  if (!box) throw new Error(`no "${name}" button on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** outerHTML of every `<pre>` in the page's own DOM (outside our host), in order. */
export function preBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('pre')].map((pre) => pre.outerHTML));
}

/** True when every `<pre>` of the page is rendered (has a box) and none is hidden. */
export function presVisible(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('pre')].every((pre) => pre.checkVisibility({ visibilityProperty: true })),
  );
}

/** True when no `<pre>` of the page is rendered. */
export function presHidden(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('pre')].every((pre) => !pre.checkVisibility({ visibilityProperty: true })),
  );
}

/** The page's body markup with our own hosts taken out: what the mirror's DOM is, apart from what we add. */
export function pageBodyWithoutOurs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('cable-reader-view')) el.remove();
    return clone.outerHTML;
  });
}

/** The `[data-para]` element's top edge relative to the viewport, or null when absent. */
export function paragraphTop(page: Page, label: string): Promise<number | null> {
  return page.evaluate((l) => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const el = root?.querySelector(`[data-para="${CSS.escape(l)}"]`);
    return el ? el.getBoundingClientRect().top : null;
  }, label);
}

/** Scrolls the view so the paragraph's top edge is at the viewport's top. */
export async function scrollViewParagraphToTop(page: Page, label: string): Promise<void> {
  await page.evaluate((l) => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const el = root?.querySelector(`[data-para="${CSS.escape(l)}"]`);
    if (!el) throw new Error(`no paragraph ${l} in the view`);
    el.scrollIntoView({ block: 'start' });
  }, label);
}

/**
 * Where the reading area starts: the bottom of the view's slim bar (clean) or strip (original) where it stands at
 * the viewport's top, else 0. Text under it is covered, so "at the top" means just below it.
 */
export function readingEdge(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const bar = root?.querySelector('.cr-bar:not([hidden]), .cr-strip')?.getBoundingClientRect();
    return bar && bar.top <= 1 && bar.bottom > 0 ? bar.bottom : 0;
  });
}

export interface Box {
  top: number;
  bottom: number;
}

/** The view paragraph's vertical extent relative to the viewport, or null when absent. */
export function paragraphBox(page: Page, label: string): Promise<Box | null> {
  return page.evaluate((l) => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const rect = root?.querySelector(`[data-para="${CSS.escape(l)}"]`)?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : null;
  }, label);
}

/**
 * The original paragraph's vertical extent relative to the viewport, or null: from the page's own anchor before
 * the line that starts paragraph `label` (`<a id='parN'>¶</a>10. ...` in the Cablegate viewer) to the next anchor.
 * With `scroll`, first scrolls that anchor to the viewport's top.
 */
export function originalParagraphBox(page: Page, label: string, scroll = false): Promise<Box | null> {
  return page.evaluate(
    ([l, s]) => {
      const anchors = [...document.querySelectorAll('pre a[id^="par"]')];
      const i = anchors.findIndex((a) => (a.nextSibling?.textContent ?? '').startsWith(`${l}.`));
      const anchor = anchors[i];
      if (!anchor) return null;
      if (s) anchor.scrollIntoView({ block: 'start' });
      const top = anchor.getBoundingClientRect().top;
      const next = anchors[i + 1] ?? anchor.closest('pre');
      const bottom = anchors[i + 1]
        ? (next?.getBoundingClientRect().top ?? top)
        : (next?.getBoundingClientRect().bottom ?? top);
      return { top, bottom };
    },
    [label, scroll] as const,
  );
}

/** Tag names of the page's elements that render besides our view (neither the host nor one of its ancestors). */
export function visibleOutsideView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('cable-reader-view');
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el !== host && !(host && el.contains(host)))
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => el.tagName.toLowerCase());
  });
}
