// Everything the content script mounts in the shadow root: the themed page-wide surface with its skip link, slim
// bar, clean view, side panel (outline or reading settings: a column on wide screens, a sheet on narrow ones),
// shortcut overlay and live region; or, while the original shows, the strip that brings the clean view back.
// Presentational: mode, settings, navigation and storage are the caller's.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import { t, uiLocale } from '../lib/i18n/t';
import type { ReadingSettings, ViewMode } from '../lib/settings/settings';
import { type CitationStyle, cite } from '../lib/view/citation';
import { paragraphId } from '../lib/view/paragraph-links';
import { isAllCaps, namesFrom, sentenceCase } from '../lib/view/sentence-case';
import { shortcutFor } from '../lib/view/shortcuts';
import { CableView } from './CableView';
import { citationStyleName } from './citation-names';
import { HelpOverlay } from './HelpOverlay';
import { Outline } from './Outline';
import { PrintBottom, PrintTop } from './PrintFrame';
import { type Panel, ReadingBar } from './ReadingBar';
import { SettingsPanel } from './SettingsPanel';
import { ThemeScope } from './ThemeScope';
import { measureSample, useMeasure } from './useMeasure';
import { useReadingSpot } from './useReadingSpot';

interface SiteChoice {
  host: string;
  alwaysOriginal: boolean;
  onChange: (alwaysOriginal: boolean) => void;
}

export interface ReaderRootProps {
  doc: CableDocument;
  pageUrl: string;
  mode: ViewMode;
  settings: ReadingSettings;
  shortcut?: string | null;
  onToggle: () => void;
  onSettingsChange: (change: Partial<ReadingSettings>) => void;
  onOpenSettings?: () => void;
  copy: (text: string) => Promise<boolean>;
  actions?: (block: Block) => ComponentChildren;
  /** Render the body chunk by chunk; see CableBody. */
  progressive?: boolean;
  /** Sections rendered at once when progressive (the first screen's, on taking it over); see CableBody. */
  firstSections?: number;
  /** Key of a block that must be in the DOM when this render returns. */
  through?: string | null;
  /** Called once the whole body is rendered. */
  onComplete?: () => void;
  /** Brings a paragraph into view (rendering it first if need be); without it the view scrolls by itself. */
  onGoTo?: (key: string) => void;
  tagUrl?: (tag: string) => string | null;
  /** This site's standing choice of view, where known. */
  site?: SiteChoice | null;
  /** The `b` and `n` shortcuts: the paragraph and the (trusted) key event. */
  onBookmark?: (key: string, event: Event) => void;
  onNote?: (key: string, event: Event) => void;
  /** The bar's Notes control (opens or closes the notes panel) and whether the panel is open. */
  onNotes?: () => void;
  notesOpen?: boolean;
  /** The text selected in the view, for the quote in a citation. */
  selectedText?: () => string | null;
}

/** Wide enough for the panel to stand beside the text; narrower, it is a sheet over the bottom of the screen. */
const WIDE = '(min-width: 1100px)';

/** The document as the card and citations show it: the subject in title case where the reader prefers it. */
export function shownDoc(doc: CableDocument, subjectTitle: boolean): CableDocument {
  const title = subjectTitle ? doc.meta.subjectTitle : null;
  return title ? { ...doc, meta: { ...doc.meta, subject: title } } : doc;
}

export function ReaderRoot(props: ReaderRootProps) {
  const { pageUrl, mode, settings, shortcut, onToggle, onSettingsChange, copy } = props;
  const [message, setMessage] = useState('');
  const [panel, setPanel] = useState<Panel | null>(null);
  const [help, setHelp] = useState(false);
  const [style, setStyle] = useState<CitationStyle>('short');
  const root = useRef<HTMLDivElement>(null);
  const goToInput = useRef<HTMLInputElement>(null);
  const clean = mode === 'clean';
  const doc = useMemo(() => shownDoc(props.doc, settings.subjectTitle), [props.doc, settings.subjectTitle]);

  // The toast fades after a while; the live region has already read it out.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  const barEdge = useCallback(
    () => root.current?.querySelector('.cr-bar')?.getBoundingClientRect().bottom ?? 0,
    [],
  );
  const spot = useReadingSpot(root, clean, barEdge);
  const paragraphs = useMemo(() => doc.blocks.filter((b) => b.kind === 'paragraph'), [doc]);
  const byKey = useMemo(() => new Map(paragraphs.map((b) => [b.key, b])), [paragraphs]);

  const sample = useMemo(() => {
    const text = measureSample(paragraphs);
    const caps = settings.sentenceCase && isAllCaps(doc.blocks.map((b) => b.text));
    return caps ? sentenceCase(text, { names: namesFrom([doc.meta.origin]) }) : text;
  }, [paragraphs, doc, settings.sentenceCase]);
  useMeasure(root, sample, [sample, settings.font, settings.fontSize, clean]);

  const latest = useRef(props);
  latest.current = props;

  const goTo = useCallback((key: string) => {
    const { onGoTo } = latest.current;
    if (onGoTo) onGoTo(key);
    const target = root.current?.querySelector<HTMLElement>(`#${CSS.escape(paragraphId(key))}`);
    if (!onGoTo) target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
    if (!root.current?.ownerDocument.defaultView?.matchMedia(WIDE).matches)
      setPanel((p) => (p === 'outline' ? null : p));
  }, []);

  /** The paragraph the keys act on: the focused one, else the one at the reading line. */
  const currentKey = useCallback((): string | null => {
    const focused = (root.current?.getRootNode() as ShadowRoot | Document | undefined)?.activeElement;
    const para = focused instanceof HTMLElement ? focused.closest<HTMLElement>('[data-para]') : null;
    return para?.dataset.key ?? spot ?? paragraphs[0]?.key ?? null;
  }, [spot, paragraphs]);

  const step = useCallback(
    (by: 1 | -1) => {
      const shown = paragraphs.filter(
        (b) => !root.current?.querySelector<HTMLElement>(`#${CSS.escape(paragraphId(b.key))}`)?.hidden,
      );
      const at = shown.findIndex((b) => b.key === currentKey());
      const next = shown[at < 0 ? 0 : at + by];
      if (next) goTo(next.key);
    },
    [paragraphs, currentKey, goTo],
  );

  const citeCurrent = useCallback(async () => {
    const key = currentKey();
    const block = key ? (byKey.get(key) ?? null) : null;
    const { selectedText } = latest.current;
    const quote = selectedText?.() ?? null;
    const text = cite(style, { doc, block, pageUrl, quote, accessed: new Date() });
    const name = citationStyleName(style);
    const copied = await copy(text);
    if (!copied) setMessage(t('view_copyRefused'));
    else if (block) setMessage(t('view_copiedCitation', name, block.number ?? block.key));
    else setMessage(t('view_copiedCableCitation', name));
  }, [currentKey, byKey, style, doc, pageUrl, copy]);

  // Single-key shortcuts, on the page while the clean view shows; never while typing, never on the original.
  useEffect(() => {
    const win = root.current?.ownerDocument.defaultView;
    if (!clean || !win) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.defaultPrevented) return;
      const target = (event.composedPath()[0] ?? null) as HTMLElement | null;
      if (event.key === 'Escape' && panel && !help) {
        setPanel(null);
        return;
      }
      if (help) return;
      const { key: pressed, altKey, ctrlKey, metaKey, isComposing } = event;
      const action = shortcutFor({ key: pressed, altKey, ctrlKey, metaKey, isComposing, target });
      if (!action) return;
      event.preventDefault();
      const key = currentKey();
      switch (action) {
        case 'next':
          return step(1);
        case 'previous':
          return step(-1);
        case 'go-to':
          setPanel('outline');
          requestAnimationFrame(() => goToInput.current?.focus());
          return;
        case 'outline':
          return setPanel((p) => (p === 'outline' ? null : 'outline'));
        case 'bookmark':
          if (key) latest.current.onBookmark?.(key, event);
          return;
        case 'note':
          if (key) latest.current.onNote?.(key, event);
          return;
        case 'cite':
          return void citeCurrent();
        case 'toggle':
          return onToggle();
        case 'help':
          return setHelp(true);
      }
    };
    win.addEventListener('keydown', onKey);
    return () => win.removeEventListener('keydown', onKey);
  }, [clean, panel, help, currentKey, step, citeCurrent, onToggle]);

  const current = spot ? (byKey.get(spot)?.number ?? spot) : null;
  const panelTitle = panel === 'outline' ? t('view_outline') : t('view_settings');
  return (
    <ThemeScope settings={settings} class="cr-root cr-page" data-mode={mode} rootRef={root} lang={uiLocale()}>
      {clean ? (
        // A skip link is a link, as readers know it; its fragment cannot reach into the shadow root, so the click
        // moves focus itself.
        // biome-ignore lint/a11y/useValidAnchor: see above
        <a
          class="cr-skip"
          href="#cr-text"
          onClick={(event) => {
            event.preventDefault();
            const first = paragraphs[0];
            if (first) goTo(first.key);
          }}
        >
          {t('view_skip')}
        </a>
      ) : null}
      <ReadingBar
        mode={mode}
        id={doc.id}
        classification={doc.meta.classification}
        level={doc.meta.level}
        current={current}
        total={paragraphs.length}
        panel={panel}
        onPanel={setPanel}
        onHelp={() => setHelp(true)}
        onToggle={onToggle}
        shortcut={shortcut}
        onNotes={props.onNotes}
        notesOpen={props.notesOpen}
      />
      {clean ? <PrintTop classification={doc.meta.classification} level={doc.meta.level} /> : null}
      <div class="cr-layout" data-panel={clean && panel ? panel : undefined}>
        <CableView
          doc={doc}
          pageUrl={pageUrl}
          hidden={!clean}
          pageMarkers={settings.pageMarkers}
          onPageMarkers={(pageMarkers) => onSettingsChange({ pageMarkers })}
          copy={copy}
          announce={setMessage}
          actions={props.actions}
          progressive={props.progressive}
          firstSections={props.firstSections}
          through={props.through}
          onComplete={props.onComplete}
          tagUrl={props.tagUrl}
          sentenceCase={settings.sentenceCase}
          selectedText={props.selectedText}
          onCitationStyle={setStyle}
        />
        {clean && panel ? (
          <aside id="cr-panel" class="cr-panel" aria-label={panelTitle}>
            <div class="cr-panel-head">
              <h2>{panelTitle}</h2>
              <button
                type="button"
                class="cr-tool"
                aria-label={panel === 'outline' ? t('view_closeOutline') : t('view_closeSettings')}
                onClick={() => setPanel(null)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            {panel === 'outline' ? (
              <Outline blocks={doc.blocks} current={spot} onGoTo={goTo} goToRef={goToInput} />
            ) : (
              <SettingsPanel
                settings={settings}
                onChange={onSettingsChange}
                site={props.site}
                onOpenSettings={props.onOpenSettings}
              />
            )}
          </aside>
        ) : null}
      </div>
      {clean ? (
        <PrintBottom
          classification={doc.meta.classification}
          level={doc.meta.level}
          pageUrl={pageUrl}
          today={new Date()}
        />
      ) : null}
      {clean && help ? <HelpOverlay onClose={() => setHelp(false)} toggleShortcut={shortcut} /> : null}
      <p class="cr-status" role="status" aria-live="polite">
        {message}
      </p>
    </ThemeScope>
  );
}
