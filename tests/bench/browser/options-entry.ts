// Bundled by cold-options.ts into a fresh bench tab: runs ONE candidate first-screen path cold (the tab has run no
// code of ours before) so the bench can choose the start-up design by figures. Bench-only glue, never shipped.
import { h, render } from 'preact';
import { ReaderRoot } from '../../../components/ReaderRoot';
import { parseCable } from '../../../lib/cable';
import type { Block, CableDocument } from '../../../lib/cable/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { extractCable } from '../../../lib/sites';
import type { RawCable } from '../../../lib/sites/types';

export type Candidate = 'preact' | 'plain-dom' | 'first-lines';

export interface CandidateTimes {
  extractMs: number;
  parseMs: number;
  renderMs: number;
  /** Style and layout of what was rendered, forced at once. */
  layoutMs: number;
}

/** The header and the body's first lines: what a first screen needs (cut at a line end). */
function firstLines(raw: RawCable, chars: number): RawCable {
  const cut = raw.bodyText.indexOf('\n', chars);
  return cut < 0 ? raw : { ...raw, bodyText: raw.bodyText.slice(0, cut + 1) };
}

function mountPoint(css: string): HTMLElement {
  const host = document.createElement('cable-reader-bench');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.prepend(host);
  return container;
}

/** A first screen drawn with plain DOM calls: the card's lines and the first blocks as text nodes. */
function plainScreen(doc: CableDocument, container: HTMLElement, items: number): void {
  const article = document.createElement('article');
  const title = document.createElement('h1');
  title.textContent = `${doc.id} ${doc.meta.subject ?? ''}`;
  article.append(title);
  for (const block of doc.blocks.slice(0, items) as Block[]) {
    const p = document.createElement('p');
    if (block.number) {
      const n = document.createElement('span');
      n.textContent = `${block.number}. `;
      p.append(n);
    }
    p.append(block.text);
    article.append(p);
  }
  container.append(article);
}

function run(candidate: Candidate, url: string, css: string): CandidateTimes | null {
  const t0 = performance.now();
  const raw = extractCable(document, new URL(url));
  const t1 = performance.now();
  if (!raw) return null;
  const doc = parseCable(candidate === 'first-lines' ? firstLines(raw, 3000) : raw);
  const t2 = performance.now();
  const container = mountPoint(css);
  if (candidate === 'plain-dom') plainScreen(doc, container, 20);
  else
    render(
      h(ReaderRoot, {
        doc,
        pageUrl: location.href,
        mode: 'clean',
        settings: DEFAULT_SETTINGS,
        onToggle: () => undefined,
        onSettingsChange: () => undefined,
        copy: async () => false,
        progressive: true,
      }),
      container,
    );
  const t3 = performance.now();
  void document.body.offsetHeight;
  const t4 = performance.now();
  return { extractMs: t1 - t0, parseMs: t2 - t1, renderMs: t3 - t2, layoutMs: t4 - t3 };
}

declare global {
  interface Window {
    __cableReaderOptions?: { run: typeof run };
  }
}

window.__cableReaderOptions = { run };
