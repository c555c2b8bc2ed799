// The clean view of one cable: header card, toolbar (markings, filter, page markers), body and the copy
// actions' feedback. Presentational: copying, settings and navigation are the caller's callbacks.
import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import { citationText } from '../lib/view/citation';
import { summarizeMarkings } from '../lib/view/marking-summary';
import { paragraphUrl } from '../lib/view/paragraph-links';
import { CableBody } from './CableBody';
import { HeaderCard } from './HeaderCard';
import { type MarkingFilter, NO_FILTER } from './MarkingSummaryBar';
import { Toolbar } from './Toolbar';

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
  /** Key of a block that must be in the DOM when this render returns. */
  through?: string | null;
  /** Called once the whole body is rendered. */
  onComplete?: () => void;
}

/** A paragraph as the reader knows it: its number, or its key where it has none. */
const label = (block: Block) => block.number ?? block.key;

export function CableView(props: CableViewProps) {
  const { doc, pageMarkers, onPageMarkers, onOpenSettings, actions, hidden } = props;
  const [filter, setFilter] = useState<MarkingFilter>(NO_FILTER);
  const summary = useMemo(() => summarizeMarkings(doc.blocks), [doc]);
  const headingId = 'cr-subject';

  // The copy actions read the latest props, so the body's chunks get the same functions on every render.
  const latest = useRef(props);
  latest.current = props;
  const copyAndSay = useCallback(async (text: string, what: string) => {
    const { copy, announce } = latest.current;
    announce((await copy(text)) ? `Copied ${what}.` : `Could not copy ${what}: the browser refused.`);
  }, []);
  const onCopyLink = useCallback(
    (b: Block) =>
      copyAndSay(paragraphUrl(latest.current.pageUrl, b.key), `the link to paragraph ${label(b)}`),
    [copyAndSay],
  );
  const onCopyCitation = useCallback(
    (b: Block) =>
      copyAndSay(
        citationText(latest.current.doc, b, latest.current.pageUrl),
        `the citation of paragraph ${label(b)}`,
      ),
    [copyAndSay],
  );

  return (
    <article class="cr-view" aria-labelledby={headingId} hidden={hidden}>
      <HeaderCard doc={doc} headingId={headingId} />
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
        onCopyCitation={onCopyCitation}
        actions={actions}
        progressive={props.progressive}
        through={props.through}
        onComplete={props.onComplete}
      />
    </article>
  );
}
