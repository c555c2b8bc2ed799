// The marks an extension page sets on its timeline for the popup and library benches (`<prefix>-<step>`, the list
// or search they belong to in `detail.query`): a page's first render and one search keystroke. Reads; reports nothing.
import type { Page } from 'playwright-core';

/** A mark the page set, relative to its navigation start (`query` says which list or search it belongs to). */
export interface PageMark {
  name: string;
  at: number;
  query: string | null;
}

/** The marks whose names start with `prefix` the page has set. */
function pageMarks(page: Page, prefix: string): Promise<PageMark[]> {
  return page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => ({
          name: m.name,
          at: m.startTime,
          query: ((m as PerformanceMark).detail as { query?: string } | null)?.query ?? null,
        })),
    prefix,
  );
}

/** When `${prefix}-${step}` was first set among `marks`; NaN if it was not. */
function firstAt(marks: readonly PageMark[], prefix: string, step: string): number {
  return marks.find((m) => m.name === `${prefix}-${step}`)?.at ?? Number.NaN;
}

/** A page's first render, from navigation start to its first list in the DOM, and its parts. */
export interface FirstRender {
  readyMs: number;
  /** Navigation start to the first list request. */
  requestMs: number;
  /** The list request's round trip to the background. */
  roundTripMs: number;
  /** Answer in hand to list in the DOM. */
  drawMs: number;
}

/** Opens `url` afresh in `tab` and waits for its `-ready` mark: its first render, and every mark set by then. */
export async function openMarked(
  tab: Page,
  url: string,
  prefix: string,
): Promise<{ render: FirstRender; marks: PageMark[] }> {
  await tab.goto('about:blank');
  await tab.goto(url);
  await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, `${prefix}-ready`, {
    polling: 10,
  });
  const marks = await pageMarks(tab, prefix);
  const request = firstAt(marks, prefix, 'request');
  const answer = firstAt(marks, prefix, 'answer');
  const ready = firstAt(marks, prefix, 'ready');
  const render = {
    readyMs: ready,
    requestMs: request,
    roundTripMs: answer - request,
    drawMs: ready - answer,
  };
  return { render, marks };
}

/** Clears the page's marks and types the last character of `value`, the input event's time kept in the page. */
export async function typeLast(tab: Page, value: string): Promise<void> {
  await tab.evaluate(() => {
    performance.clearMarks();
    const w = window as unknown as { inputAt: number };
    document.addEventListener('input', (e) => (w.inputAt = e.timeStamp), { capture: true, once: true });
  });
  await tab.keyboard.type(value.slice(-1));
}

/** Waits for `${prefix}-results` for `value`; then the typed input's time and when each of its steps was marked. */
export async function keystrokeMarks(
  tab: Page,
  prefix: string,
  value: string,
): Promise<{ inputAt: number; at: (step: string) => number }> {
  await tab.waitForFunction(
    ({ name, v }) =>
      performance
        .getEntriesByName(name)
        .some((m) => ((m as PerformanceMark).detail as { query: string }).query === v),
    { name: `${prefix}-results`, v: value },
    { polling: 5 },
  );
  const inputAt = await tab.evaluate(() => (window as unknown as { inputAt: number }).inputAt);
  const marks = (await pageMarks(tab, prefix)).filter((m) => m.query === value);
  return { inputAt, at: (step) => firstAt(marks, prefix, step) };
}
