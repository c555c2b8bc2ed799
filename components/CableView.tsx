// The clean view of one cable: header card, toolbar (markings, filter, page markers), body and the copy
// actions' feedback, with cross-references linked and sentence case applied where asked. Presentational:
// copying, settings and navigation are the caller's callbacks.
import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { type CitationStyle, cite } from '../lib/view/citation';
import type { CrossRefTargets } from '../lib/view/cross-refs';
import { summarizeMarkings } from '../lib/view/marking-summary';
import { paragraphUrl } from '../lib/view/paragraph-links';
import { type CaseHints, isAllCaps, namesFrom } from '../lib/view/sentence-case';
import { CableBody } from './CableBody';
import { CiteMenu, type CiteMenuAnchor } from './CiteMenu';
import { citationStyleName } from './citation-names';
import { HeaderCard } from './HeaderCard';
import { type MarkingFilter, NO_FILTER } from './MarkingSummaryBar';
import { Toolbar } from './Toolbar';
import { TextContext, type TextOptions } from './text-context';

export interface CableViewProps {
  doc: CableDocument;
  /** The page's URL, for paragraph links and citations. */
  pageUrl: string;
  pageMarkers: boolean;
  onPageMarkers: (show: boolean) => void;
  /** Writes text to the clipboard; resolves false when the browser refused. */
  copy: (text: string) => Promise<boolean>;
  /** Tells screen readers (and sighted readers) what just happened. */
  announce: (message: string) => void;
  onOpenSettings?: () => void;
  /** Extra per-paragraph controls (bookmarks). */
  actions?: (block: Block) => ComponentChildren;
  hidden?: boolean;
  /** Render the body chunk by chunk (the page's view); see CableBody. */
  progressive?: boolean;
  /** Sections rendered at once when progressive; see CableBody. */
  firstSections?: number;
  /** Key of a block that must be in the DOM when this render returns. */
  through?: string | null;
  /** Called once the whole body is rendered. */
  onComplete?: () => void;
  /** Where a TAGS code leads (the mirror's tag index), or null. */
  tagUrl?: (tag: string) => string | null;
  /** Show an all-caps cable in sentence case. */
  sentenceCase?: boolean;
  /** The text the reader has selected in the view, quoted in a citation. */
  selectedText?: () => string | null;
  /** The reader picked a citation style: the `c` shortcut uses it next. */
  onCitationStyle?: (style: CitationStyle) => void;
}

/** A paragraph as the reader knows it: its number, or its key where it has none. */
const label = (block: Block) => block.number ?? block.key;

function crossRefTargets(doc: CableDocument): CrossRefTargets {
  const paragraphs = new Map<string, string>();
  for (const b of doc.blocks) {
    const name = (b.number ?? '').toLowerCase();
    if (b.kind === 'paragraph' && name && !paragraphs.has(name)) paragraphs.set(name, b.key);
  }
  const letters = new Set(doc.meta.references.flatMap((r) => (r.letter ? [r.letter.toUpperCase()] : [])));
  return { paragraphs, letters };
}

export function CableView(props: CableViewProps) {
  const { doc, pageMarkers, onPageMarkers, onOpenSettings, actions, hidden, tagUrl } = props;
  const [filter, setFilter] = useState<MarkingFilter>(NO_FILTER);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [menu, setMenu] = useState<(CiteMenuAnchor & { block: Block }) | null>(null);
  const summary = useMemo(() => summarizeMarkings(doc.blocks), [doc]);
  const targets = useMemo(() => crossRefTargets(doc), [doc]);
  const caps = useMemo(() => isAllCaps(doc.blocks.map((b) => b.text)), [doc]);
  const hints = useMemo<CaseHints>(
    () => ({ names: namesFrom([doc.meta.origin, doc.meta.from, ...doc.meta.to, ...doc.meta.info]) }),
    [doc],
  );
  const headingId = 'cr-subject';
  const article = useRef<HTMLElement>(null);

  const onReference = useCallback((letter: string) => {
    setDetailsOpen(true);
    // The details render open on the next frame; then the reference is there to scroll to and focus.
    requestAnimationFrame(() => {
      const target = article.current?.querySelector<HTMLElement>(`#cr-ref-${CSS.escape(letter)}`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    });
  }, []);
  const sentenceCase = props.sentenceCase === true && caps;
  const text = useMemo<TextOptions>(
    () => ({ targets, onReference, sentenceCase: sentenceCase ? hints : null }),
    [targets, onReference, sentenceCase, hints],
  );

  // The copy actions read the latest props, so the body's chunks get the same functions on every render.
  const latest = useRef(props);
  latest.current = props;
  const copyAndSay = useCallback(async (text: string, done: string) => {
    const { copy, announce } = latest.current;
    announce((await copy(text)) ? done : t('view_copyRefused'));
  }, []);
  const onCopyLink = useCallback(
    (b: Block) => copyAndSay(paragraphUrl(latest.current.pageUrl, b.key), t('view_copiedLink', label(b))),
    [copyAndSay],
  );
  const onCite = useCallback(async (b: Block, style: CitationStyle) => {
    const { doc: current, pageUrl, selectedText, onCitationStyle } = latest.current;
    onCitationStyle?.(style);
    const quote = selectedText?.() ?? null;
    const citation = cite(style, { doc: current, block: b, pageUrl, quote, accessed: new Date() });
    const { copy, announce } = latest.current;
    const copied = await copy(citation);
    announce(copied ? t('view_copiedCitation', citationStyleName(style), label(b)) : t('view_copyRefused'));
  }, []);
  const onCiteMenu = useCallback(
    (b: Block, button: HTMLElement) =>
      setMenu((open) => (open?.button === button ? null : { block: b, button, label: label(b) })),
    [],
  );
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <article ref={article} class="cr-view" aria-labelledby={headingId} hidden={hidden}>
      <TextContext.Provider value={text}>
        <HeaderCard
          doc={doc}
          headingId={headingId}
          tagUrl={tagUrl}
          detailsOpen={detailsOpen}
          onDetails={setDetailsOpen}
        />
        <Toolbar
          summary={summary}
          filter={filter}
          onFilter={setFilter}
          hasPageBreaks={doc.pageBreaks.length > 0}
          pageMarkers={pageMarkers}
          onPageMarkers={onPageMarkers}
          onOpenSettings={onOpenSettings}
        />
        <CableBody
          doc={doc}
          pageMarkers={pageMarkers}
          filter={filter}
          onCopyLink={onCopyLink}
          onCiteMenu={onCiteMenu}
          actions={actions}
          progressive={props.progressive}
          firstSections={props.firstSections}
          through={props.through}
          onComplete={props.onComplete}
        />
      </TextContext.Provider>
      {menu ? (
        <CiteMenu anchor={menu} onPick={(style) => onCite(menu.block, style)} onClose={closeMenu} />
      ) : null}
    </article>
  );
}
