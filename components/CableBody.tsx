// The cable's body: numbered paragraphs with their sub-blocks, loose blocks, page-break markers, and the
// marking filter applied. Presentational: the structure comes from lib/view/structure over the pipeline's blocks.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Block, CableDocument, PageBreak } from '../lib/cable/types';
import { effectiveMarking } from '../lib/view/marking-summary';
import { BEFORE_ALL, breaksByBlock } from '../lib/view/page-markers';
import { breaksOf, childKey, type Section, sectionBlocks, sectionBlocksOf } from '../lib/view/structure';
import { wholeSpan } from '../lib/view/text-segments';
import { BlockItem } from './BlockItem';
import type { MarkingFilter } from './MarkingSummaryBar';
import { PageMarkers } from './PageMarker';
import { type FilterState, Paragraph } from './Paragraph';

interface Props {
  doc: CableDocument;
  pageMarkers: boolean;
  filter: MarkingFilter;
  onCopyLink: (block: Block) => void;
  onCopyCitation: (block: Block) => void;
  actions?: (block: Block) => ComponentChildren;
}

/** Keys of blocks that open a run of whole-summary or whole-comment blocks (they get the caption). */
function captionKeys(blocks: readonly Block[]): Set<string> {
  const keys = new Set<string>();
  let previous: string | null = null;
  for (const block of blocks) {
    const kind = wholeSpan(block.text, block.spans);
    if (kind && kind !== previous) keys.add(block.key);
    previous = kind;
  }
  return keys;
}

function filterState(
  section: Section,
  filter: MarkingFilter,
  byKey: ReadonlyMap<string, Block>,
): FilterState {
  if (!filter.marking) return null;
  const matches = sectionBlocksOf(section).some((b) => effectiveMarking(b, byKey) === filter.marking);
  if (matches) return 'match';
  return filter.mode === 'only' ? 'hidden' : 'dimmed';
}

export function CableBody({ doc, pageMarkers, filter, onCopyLink, onCopyCitation, actions }: Props) {
  const sections = useMemo(() => sectionBlocks(doc.blocks), [doc]);
  const byKey = useMemo(() => new Map(doc.blocks.map((b) => [b.key, b])), [doc]);
  const captions = useMemo(() => captionKeys(doc.blocks), [doc]);
  const breaks = useMemo(
    () => (pageMarkers ? breaksByBlock(doc.pageBreaks) : new Map<string, PageBreak[]>()),
    [doc, pageMarkers],
  );
  return (
    <div class="cr-body">
      <PageMarkers list={breaks.get(BEFORE_ALL)} />
      {sections.map((section) => {
        const state = filterState(section, filter, byKey);
        if (section.kind === 'paragraph') {
          return [
            <PageMarkers key={`m${section.head.key}`} list={breaks.get(section.head.key)} />,
            <Paragraph
              key={section.head.key}
              head={section.head}
              captionFor={captions}
              filter={state}
              breaks={breaks}
              onCopyLink={onCopyLink}
              onCopyCitation={onCopyCitation}
              actions={actions}
            >
              {section.children}
            </Paragraph>,
          ];
        }
        return section.children.map((child) => {
          const key = childKey(child);
          return [
            <PageMarkers key={`m${key}`} list={breaksOf(child, breaks)} />,
            <div key={key} class={`cr-loose${state ? ` is-${state}` : ''}`} hidden={state === 'hidden'}>
              <BlockItem child={child} captionFor={captions} />
            </div>,
          ];
        });
      })}
    </div>
  );
}
