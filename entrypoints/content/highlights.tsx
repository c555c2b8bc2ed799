// Highlights and the notes panel in the clean view: paints the cable's highlights (placed in this page's reading
// of it) with the CSS Custom Highlight API, shows the selection toolbar (`h` highlights, `n` highlights and opens
// a note), and frames the notes panel, an extension page the mirror page cannot read, in a closed shadow root.
// Wiring only: text mapping is lib/highlights, the toolbar components/notes. No note text ever passes here.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import highlightsCss from '../../components/notes/highlights.css?inline';
import { SelectionToolbar } from '../../components/notes/SelectionToolbar';
import type { CableDocument } from '../../lib/cable/types';
import { COLOUR_CHOICES } from '../../lib/highlights/colours';
import { offsetOf, pointAt, textPieces } from '../../lib/highlights/text-map';
import { t } from '../../lib/i18n/t';
import { answerPanel } from '../../lib/messaging/panel';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { send } from '../../lib/messaging/runtime';
import { cableText } from '../../lib/store/anchoring';
import type { HighlightPlace } from '../../lib/store/results';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../lib/store/schema';
import { pageAddress } from './page-address';

/** The view's styles for highlights, the selection toolbar and the panel frame. */
export const pageHighlightsCss: string = highlightsCss;

/** The panel page (lib/messaging/panel-requests.ts answers its requests). */
export const PANEL_PAGE = '/notes-panel.html' as const;

export interface PageHighlights {
  /** Opens the notes panel (on a highlight's note editor when an id is given), or closes it. */
  togglePanel(open?: boolean): void;
  stop(): void;
}

interface Options {
  ctx: ContentScriptContext;
  doc: CableDocument;
  site: string;
  /** The view's shadow root and its host element. */
  shadow: ShadowRoot;
  host: HTMLElement;
  /** Scrolls the view to a paragraph (the reader's own `goTo`). */
  goTo: (key: string) => boolean;
  /** Told when the notes panel opens or closes (the reading bar's Notes control shows it). */
  onPanel: (open: boolean) => void;
}

function pageUrl(): string {
  return pageAddress().url;
}

/** The selection inside the view's shadow root, as a static range, or null. */
function selectionIn(shadow: ShadowRoot): StaticRange | Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const composed = selection.getComposedRanges?.({ shadowRoots: [shadow] })?.[0];
  const range = composed ?? selection.getRangeAt(0);
  if (range.collapsed || !shadow.contains(range.startContainer) || !shadow.contains(range.endContainer)) {
    return null;
  }
  return range;
}

function blockElementOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-key]') ?? null;
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Starts highlights for a cable shown on this page; null when the cable has no id to key them by. */
export function startPageHighlights({
  ctx,
  doc,
  site,
  shadow,
  host,
  goTo,
  onPanel,
}: Options): PageHighlights | null {
  if (!doc.id) return null;
  const cableId = doc.id;
  const blocks = doc.blocks.map(({ key, text }) => ({ key, text }));
  const text = cableText(doc);
  const byKey = new Map(doc.blocks.map((b) => [b.key, b]));
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  const painted = new Map<HighlightColour, Highlight>();
  if (registry) {
    for (const colour of HIGHLIGHT_COLOURS) {
      const highlight = new Highlight();
      painted.set(colour, highlight);
      registry.set(`cr-hl-${colour}`, highlight);
    }
  }
  let marks: HighlightPlace[] = [];

  /** DOM ranges for anchoring-text `[start, end)`, one per block it crosses that is on screen. */
  function domRanges(start: number, end: number): Range[] {
    const ranges: Range[] = [];
    for (const block of text.blocks) {
      const from = Math.max(start, block.start);
      const to = Math.min(end, block.end);
      if (from >= to) continue;
      const element = shadow.querySelector(`[data-key="${CSS.escape(block.key)}"]`);
      const source = byKey.get(block.key);
      if (!element || !source) continue;
      const pieces = textPieces(element, source.text);
      const a = pointAt(pieces, from - block.start);
      const b = pointAt(pieces, to - block.start);
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      ranges.push(range);
    }
    return ranges;
  }

  function paint(): void {
    for (const highlight of painted.values()) highlight.clear();
    for (const mark of marks) {
      if (mark.start === null || mark.end === null) continue;
      const target = painted.get(mark.colour);
      for (const range of domRanges(mark.start, mark.end)) target?.add(range);
    }
  }

  // The body renders in slices and re-renders on settings changes: repaint once it settles.
  let repaint = 0;
  const observer = new MutationObserver(() => {
    cancelAnimationFrame(repaint);
    repaint = requestAnimationFrame(paint);
  });
  observer.observe(shadow, { childList: true, subtree: true, characterData: true });

  const watch = watchCable(cableId, async () => {
    if (ctx.isInvalid) return;
    marks = (await send('highlight.forCable', { cableId, blocks })).highlights;
    paint();
  });

  /** The selection as anchoring-text offsets, or null when it is not inside the cable's text. */
  function selectedRange(): { start: number; end: number; rect: DOMRect } | null {
    const range = selectionIn(shadow);
    if (!range) return null;
    const first = blockElementOf(range.startContainer);
    const last = blockElementOf(range.endContainer);
    const firstBlock = first ? text.blocks.find((b) => b.key === first.dataset.key) : undefined;
    const lastBlock = last ? text.blocks.find((b) => b.key === last.dataset.key) : undefined;
    if (!first || !last || !firstBlock || !lastBlock) return null;
    const startPieces = textPieces(first, byKey.get(firstBlock.key)?.text ?? '');
    const endPieces = last === first ? startPieces : textPieces(last, byKey.get(lastBlock.key)?.text ?? '');
    const start = firstBlock.start + offsetOf(startPieces, range.startContainer, range.startOffset);
    const end = lastBlock.start + offsetOf(endPieces, range.endContainer, range.endOffset);
    if (end <= start) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return { start, end, rect: live.getBoundingClientRect() };
  }

  // The selection toolbar lives in a container of its own in the view's shadow root.
  const layer = document.createElement('div');
  layer.className = 'cr-notes-layer';
  shadow.append(layer);
  let toolbar: { start: number; end: number; rect: DOMRect } | null = null;
  let error: string | null = null;
  let panelOpen = false;
  let panel: { host: HTMLElement; frame: HTMLIFrameElement } | null = null;

  function draw(): void {
    render(
      toolbar ? (
        <SelectionToolbar
          at={{ top: toolbar.rect.top, left: toolbar.rect.left, width: toolbar.rect.width }}
          error={error}
          onHighlight={(colour, event) => event.isTrusted && void highlight(colour, false)}
          onNote={(event) => event.isTrusted && void highlight(COLOUR_CHOICES[0]?.colour ?? 'yellow', true)}
        />
      ) : null,
      layer,
    );
  }

  async function highlight(colour: HighlightColour, withNote: boolean): Promise<void> {
    const range = toolbar ?? selectedRange();
    if (!range || ctx.isInvalid) return;
    try {
      const made = await send('highlight.add', {
        cable: { document: doc, url: pageUrl(), site },
        start: range.start,
        end: range.end,
        colour,
      });
      document.getSelection()?.removeAllRanges();
      toolbar = null;
      error = null;
      draw();
      if (withNote) openPanel(`edit=${encodeURIComponent(made.id)}`);
    } catch (e) {
      error = failureMessage(e);
      draw();
    }
  }

  function onSelection(): void {
    const next = selectedRange();
    if (!next && !toolbar) return;
    toolbar = next;
    error = null;
    draw();
  }

  function openPanel(fragment = ''): void {
    if (ctx.isInvalid) return;
    // The panel reads the cable from the store: keep it first, with this page's copy and address.
    void send('cable.save', { cable: { document: doc, url: pageUrl(), site } }).then(
      () => {
        const url = `${browser.runtime.getURL(PANEL_PAGE)}?cable=${encodeURIComponent(cableId)}#${fragment}`;
        if (!panel) {
          const panelHost = document.createElement('div');
          panelHost.className = 'cr-panel-host';
          // Closed: the page's scripts cannot walk from the view into the frame element (its content is
          // cross-origin either way).
          const inner = panelHost.attachShadow({ mode: 'closed' });
          const frame = document.createElement('iframe');
          frame.title = t('panel_frameTitle');
          frame.setAttribute('style', 'border:0;width:100%;height:100%;display:block;color-scheme:normal');
          frame.src = url;
          inner.append(frame);
          shadow.append(panelHost);
          panel = { host: panelHost, frame };
        } else {
          panel.host.hidden = false;
          if (fragment) panel.frame.src = url;
        }
        panelOpen = true;
        host.setAttribute('data-notes-open', '');
        onPanel(true);
        draw();
      },
      (e: unknown) => {
        error = failureMessage(e);
        draw();
      },
    );
  }

  function togglePanel(open = !panelOpen): void {
    if (open) {
      openPanel();
      return;
    }
    if (panel) panel.host.hidden = true;
    panelOpen = false;
    host.removeAttribute('data-notes-open');
    onPanel(false);
    draw();
  }

  function onKey(event: KeyboardEvent): void {
    if (!event.isTrusted || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    const range = selectedRange();
    const digit = COLOUR_CHOICES.find((c) => c.key === event.key);
    if (range && (event.key === 'h' || digit)) {
      event.preventDefault();
      toolbar = range;
      void highlight(digit?.colour ?? COLOUR_CHOICES[0]?.colour ?? 'yellow', false);
    } else if (event.key === 'n' && range) {
      // `n` is "note" in the whole view (lib/view/shortcuts.ts opens the panel); on a selection it also notes it.
      event.preventDefault();
      toolbar = range;
      void highlight(COLOUR_CHOICES[0]?.colour ?? 'yellow', true);
    } else if (event.key === 'Escape' && panelOpen) {
      togglePanel(false);
    }
  }

  ctx.addEventListener(document, 'selectionchange', onSelection);
  ctx.addEventListener(document, 'keydown', onKey);
  const stopAnswering = answerPanel({
    'panel.goTo': async ({ key }) => goTo(key),
    'panel.blocks': async () => blocks,
    'panel.close': async () => {
      togglePanel(false);
      return null;
    },
  });
  draw();
  queueMicrotask(() => watch.refresh());

  return {
    togglePanel,
    stop() {
      observer.disconnect();
      watch.stop();
      stopAnswering();
      for (const colour of HIGHLIGHT_COLOURS) registry?.delete(`cr-hl-${colour}`);
      render(null, layer);
      layer.remove();
      panel?.host.remove();
    },
  };
}
