// Bundled by steps.ts into the bench page: exposes the steps the content script runs (adapter extraction, the text
// pipeline, the view's render and its first layout) so the bench can time each on the real DOM. Bench-only glue.
import { h, render } from 'preact';
import { ReaderRoot } from '../../../components/ReaderRoot';
import { type CableDocument, parseCable } from '../../../lib/cable';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { extractCable } from '../../../lib/sites';

export interface RenderTimes {
  /** Preact render of the whole view into a shadow root, ms. */
  renderMs: number;
  /** The style and layout that render causes (forced at once instead of at the next frame), ms. */
  layoutMs: number;
}

/** Renders `doc` as the content script does (same root component, default settings), then removes it. */
function renderView(doc: CableDocument, css: string): RenderTimes {
  const host = document.createElement('cable-reader-bench');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.prepend(host);
  const t0 = performance.now();
  render(
    h(ReaderRoot, {
      doc,
      pageUrl: location.href,
      mode: 'clean',
      settings: DEFAULT_SETTINGS,
      onToggle: () => undefined,
      onSettingsChange: () => undefined,
      copy: async () => false,
    }),
    container,
  );
  const t1 = performance.now();
  void document.body.offsetHeight;
  const t2 = performance.now();
  render(null, container);
  host.remove();
  return { renderMs: t1 - t0, layoutMs: t2 - t1 };
}

declare global {
  interface Window {
    __cableReaderSteps?: {
      extract: typeof extractCable;
      parse: typeof parseCable;
      render: typeof renderView;
    };
  }
}

window.__cableReaderSteps = { extract: extractCable, parse: parseCable, render: renderView };
