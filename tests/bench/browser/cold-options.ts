// The start-up options of issue 14, measured rather than guessed: each candidate first-screen path run once, cold,
// in a fresh tab per page and candidate (the Preact view, a plain-DOM first screen, parsing the first lines only),
// plus what compiling the view's bundle costs there. Reports figures; the choice is written in the issue note.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { runInPage } from './in-page';
import type { Candidate, CandidateTimes } from './options-entry';
import type { BenchPage } from './pages';
import { median, ms, table } from './stats';

const viewCss = readFileSync(resolve(import.meta.dirname, '../../../components/view.css'), 'utf8');
const candidates: Candidate[] = ['preact', 'plain-dom', 'first-lines'];

let bundle: Promise<string> | null = null;

function optionsBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(import.meta.dirname, 'options-entry.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  }).then((out) => out.outputFiles[0]?.text ?? '');
  return bundle;
}

interface OptionTimes extends CandidateTimes {
  /** Evaluating the bundle (compile and top-level run) in the fresh tab, ms. */
  loadMs: number;
}

async function once(
  context: BrowserContext,
  page: BenchPage,
  candidate: Candidate,
): Promise<OptionTimes | null> {
  const tab = await context.newPage();
  try {
    await tab.goto(page.plainUrl, { waitUntil: 'load' });
    const source = await optionsBundle();
    return await runInPage(
      tab,
      ({
        source,
        candidate,
        url,
        css,
      }: {
        source: string;
        candidate: Candidate;
        url: string;
        css: string;
      }) => {
        const t0 = performance.now();
        // A classic inline script runs as soon as it is inserted: compile and top-level run, timed together.
        const script = document.createElement('script');
        script.textContent = source;
        document.head.append(script);
        const loadMs = performance.now() - t0;
        const times = window.__cableReaderOptions?.run(candidate, url, css);
        return times ? { ...times, loadMs } : null;
      },
      { source, candidate, url: page.mirrorUrl, css: viewCss },
    );
  } finally {
    await tab.close();
  }
}

export type OptionsResult = Record<Candidate, OptionTimes[]>;

/** Every candidate once per page, each in its own fresh tab. */
export async function coldOptions(
  context: BrowserContext,
  pages: readonly BenchPage[],
): Promise<OptionsResult> {
  const result: OptionsResult = { preact: [], 'plain-dom': [], 'first-lines': [] };
  for (const page of pages) {
    for (const candidate of candidates) {
      const times = await once(context, page, candidate);
      if (times) result[candidate].push(times);
    }
  }
  return result;
}

export function formatOptions(result: OptionsResult): string {
  const rows = candidates.map((c) => {
    const runs = result[c];
    const of = (pick: (t: OptionTimes) => number) => ms(median(runs.map(pick)), 1);
    const total = (t: OptionTimes) => t.extractMs + t.parseMs + t.renderMs + t.layoutMs;
    return [
      c,
      String(runs.length),
      of((t) => t.loadMs),
      of((t) => t.extractMs),
      of((t) => t.parseMs),
      of((t) => t.renderMs),
      of((t) => t.layoutMs),
      of(total),
      ms(Math.max(...runs.map(total)), 1),
    ];
  });
  return [
    'Start-up options, cold (a fresh tab per page and option; medians over pages, ms): "load" evaluates the bundle ' +
      '(no code cache), then extract, parse, first screen render, its layout; "first-lines" parses the header and ' +
      'the body\'s first 3,000 characters and renders with Preact; "plain-dom" renders 20 blocks with DOM calls.',
    table(['option', 'pages', 'load', 'extract', 'parse', 'render', 'layout', 'total', 'worst total'], rows),
  ].join('\n');
}
