// A numbered paragraph: its label (a link to itself), marking badge, text, sub-blocks and controls. Carries the
// outside contract: `id="par<key>"`, `data-para` (label as written), `data-marking` (normalised) where marked.
import type { ComponentChildren } from 'preact';
import type { Block, PageBreak } from '../lib/cable/types';
import { paragraphId } from '../lib/view/paragraph-links';
import { breaksOf, type Child, childKey } from '../lib/view/structure';
import { BlockItem, SpanCaption, spanClass } from './BlockItem';
import { BlockText } from './BlockText';
import { MarkingBadge } from './MarkingBadge';
import { PageMarkers } from './PageMarker';
import { ParagraphActions } from './ParagraphActions';

export type FilterState = 'match' | 'dimmed' | 'hidden' | null;

interface Props {
  head: Block;
  children: readonly Child[];
  captionFor: ReadonlySet<string>;
  filter: FilterState;
  /** Page breaks by block key; those of sub-blocks are shown inside the paragraph. */
  breaks: ReadonlyMap<string, readonly PageBreak[]>;
  onCopyLink: (block: Block) => void;
  onCopyCitation: (block: Block) => void;
  /** Extra per-paragraph controls (bookmarks). */
  actions?: (block: Block) => ComponentChildren;
}

export function Paragraph(props: Props) {
  const { head, children, captionFor, filter, breaks, onCopyLink, onCopyCitation, actions } = props;
  const label = head.number ?? head.key;
  const id = paragraphId(head.key);
  return (
    <div
      id={id}
      class={`cr-para${spanClass(head)}${filter ? ` is-${filter}` : ''}`}
      data-para={label}
      data-marking={head.marking ?? undefined}
      data-key={head.key}
      hidden={filter === 'hidden'}
    >
      <div class="cr-gutter">
        <a class="cr-num" href={`#${id}`} title={`Paragraph ${label}: link here`}>
          {`${label}.`}
        </a>
        <ParagraphActions
          label={label}
          onCopyLink={() => onCopyLink(head)}
          onCopyCitation={() => onCopyCitation(head)}
        >
          {actions?.(head)}
        </ParagraphActions>
      </div>
      <div class="cr-para-body">
        {captionFor.has(head.key) ? <SpanCaption block={head} /> : null}
        <p class="cr-lead">
          {head.marking ? <MarkingBadge marking={head.marking} written={head.markingWritten} /> : null}
          <BlockText text={head.text} spans={head.spans} />
        </p>
        {children.map((child) => [
          <PageMarkers key={`m${childKey(child)}`} list={breaksOf(child, breaks)} />,
          <BlockItem key={childKey(child)} child={child} captionFor={captionFor} />,
        ])}
      </div>
    </div>
  );
}
