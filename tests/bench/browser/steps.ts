// Splits the content script's time into its steps on the real DOM: adapter extraction (lib/sites) and the text
// pipeline (lib/cable), run from a bench bundle in the page; what remains of the measure is rendering and wiring.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { runInPage } from './in-page';
import type { BenchPage } from './pages';

export interface StepTimes {
  /** `extractCable(document, url)`: finding the layout and reading its text and metadata, median ms. */
  extractMs: number;
  /** `parseCable(raw)`: the text pipeline, median ms. */
  parseMs: number;
  /** Preact render of the view (ReaderRoot, default settings) into a shadow root, median ms. */
  renderMs: number;
  /** Style and layout of the rendered view, forced right after the render, median ms. */
  layoutMs: number;
  /** Extract + parse + render on the first run, ms: cold code, as the content script runs it on every load. */
  coldMs: number;
  blocks: number;
}

const viewCss = readFileSync(resolve(import.meta.dirname, '../../../components/view.css'), 'utf8');

/** Bundles lib/sites and lib/cable for the page once per bench run (the code, never a result, is reused). */
let bundle: Promise<string> | null = null;

function stepsBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(import.meta.dirname, 'steps-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  }).then((out) => out.outputFiles[0]?.text ?? '');
  return bundle;
}

/**
 * Times extraction, parsing, rendering and layout `runs` times each in `tab`, which must show `page`'s HTML at an unmatched URL
 * (no content script has touched it). Null when no adapter finds a cable there.
 */
export async function timeSteps(tab: Page, page: BenchPage, runs: number): Promise<StepTimes | null> {
  await tab.addScriptTag({ content: await stepsBundle() });
  return runInPage(
    tab,
    ({ url, count, css }: { url: string; count: number; css: string }) => {
      const steps = window.__cableReaderSteps;
      if (!steps) throw new Error('bench steps bundle did not load');
      const middle = (values: number[]) =>
        [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
      const extract: number[] = [];
      const parse: number[] = [];
      const render: number[] = [];
      const layout: number[] = [];
      let blocks = 0;
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        const raw = steps.extract(document, new URL(url));
        const t1 = performance.now();
        if (!raw) return null;
        const doc = steps.parse(raw);
        parse.push(performance.now() - t1);
        extract.push(t1 - t0);
        const drawn = steps.render(doc, css);
        render.push(drawn.renderMs);
        layout.push(drawn.layoutMs);
        blocks = doc.blocks.length;
      }
      return {
        extractMs: middle(extract),
        parseMs: middle(parse),
        renderMs: middle(render),
        layoutMs: middle(layout),
        coldMs: (extract[0] ?? 0) + (parse[0] ?? 0) + (render[0] ?? 0),
        blocks,
      };
    },
    { url: page.mirrorUrl, count: runs, css: viewCss },
  );
}
