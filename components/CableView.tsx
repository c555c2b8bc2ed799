// The clean view of one cable: header card, toolbar (markings, filter, page markers), body and the copy
// actions' feedback. Presentational: copying, settings and navigation are the caller's callbacks.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import { paragraphUrl } from '../lib/view/anchors';
import { citationText } from '../lib/view/citation';
import { summarizeMarkings } from '../lib/view/marking-summary';
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
}

export function CableView(props: CableViewProps) {
  const { doc, pageUrl, pageMarkers, onPageMarkers, copy, announce, onOpenSettings, actions, hidden } = props;
  const [filter, setFilter] = useState<MarkingFilter>(NO_FILTER);
  const summary = useMemo(() => summarizeMarkings(doc.blocks), [doc]);
  const headingId = 'cr-subject';

  const copyAndSay = async (text: string, what: string) => {
    announce((await copy(text)) ? `Copied ${what}.` : `Could not copy ${what}: the browser refused.`);
  };
  const label = (block: Block) => block.number ?? block.key;

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
        onCopyLink={(b) => copyAndSay(paragraphUrl(pageUrl, b.key), `the link to paragraph ${label(b)}`)}
        onCopyCitation={(b) =>
          copyAndSay(citationText(doc, b, pageUrl), `the citation of paragraph ${label(b)}`)
        }
        actions={actions}
      />
    </article>
  );
}
