// Times Mozilla Readability, the general-purpose reader mode, on a page served where no content script runs.
// The baseline the clean view is compared with; it never touches the extension.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { runInPage } from './in-page';

const readabilityPath = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

export interface ReadabilityRun {
  /** One time per run of `new Readability(document.cloneNode(true)).parse()`, ms. */
  times: number[];
  /** Length of the article text it found: 0 means it found nothing, which would make the comparison moot. */
  textLength: number;
}

/** Loads `url` (an unmatched URL serving the page), injects Readability and times `runs` parses back to back. */
export async function timeReadability(page: Page, url: string, runs: number): Promise<ReadabilityRun> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: readabilityPath });
  return runInPage(
    page,
    (count: number) => {
      const Reader = (
        window as unknown as { Readability: new (doc: Node) => { parse(): { textContent?: string } | null } }
      ).Readability;
      const times: number[] = [];
      let textLength = 0;
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        const article = new Reader(document.cloneNode(true)).parse();
        times.push(performance.now() - t0);
        textLength = article?.textContent?.length ?? 0;
      }
      return { times, textLength };
    },
    runs,
  );
}
