// The cable's body: numbered paragraphs with their sub-blocks, loose blocks, page-break markers, and the
// marking filter applied, rendered chunk by chunk where asked. Presentational: the structure comes from
// lib/view/structure over the pipeline's blocks.
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import { captionKeys } from '../lib/view/captions';
import { carriesMarking } from '../lib/view/marking-summary';
import { BEFORE_ALL, breaksByBlock, NO_BREAKS, type PlacedBreaks } from '../lib/view/page-markers';
import { breaksOf, childKey, type Section, sectionBlocks, sectionBlocksOf } from '../lib/view/structure';
import { BlockItem } from './BlockItem';
import type { MarkingFilter } from './MarkingSummaryBar';
import { PageMarkers } from './PageMarker';
import { type FilterState, onParagraphKeys, Paragraph } from './Paragraph';
import { useChunks } from './progressive';

interface Props {
  doc: CableDocument;
  pageMarkers: boolean;
  filter: MarkingFilter;
  onCopyLink: (block: Block) => void;
  onCiteMenu: (block: Block, button: HTMLElement) => void;
  actions?: (block: Block) => ComponentChildren;
  /** Render the first sections at once and the rest in slices that leave the page responsive. */
  progressive?: boolean;
  /** Sections rendered at once when progressive (see useChunks' `first`). */
  firstSections?: number;
  /** Key of a block that must be in the DOM when this render returns (a paragraph the reader asked for). */
  through?: string | null;
  /** Called once every section is rendered. */
  onComplete?: () => void;
}

function filterState(
  section: Section,
  filter: MarkingFilter,
  byKey: ReadonlyMap<string, Block>,
): FilterState {
  const { marking } = filter;
  if (!marking) return null;
  const matches = sectionBlocksOf(section).some((b) => carriesMarking(b, byKey, marking));
  if (matches) return 'match';
  return filter.mode === 'only' ? 'hidden' : 'dimmed';
}

interface ChunkProps {
  sections: readonly Section[];
  from: number;
  to: number;
  filter: MarkingFilter;
  byKey: ReadonlyMap<string, Block>;
  captions: ReadonlySet<string>;
  breaks: PlacedBreaks;
  onCopyLink: (block: Block) => void;
  onCiteMenu: (block: Block, button: HTMLElement) => void;
  actions?: (block: Block) => ComponentChildren;
}

function sameProps(a: ChunkProps, b: ChunkProps): boolean {
  const keys = Object.keys(a) as (keyof ChunkProps)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Sections [from, to), redrawn only when a prop changes, so adding a chunk leaves the earlier ones alone. */
function ChunkSections(props: ChunkProps) {
  const { sections, from, to, filter, byKey, captions, breaks, onCopyLink, onCiteMenu, actions } = props;
  return (
    <>
      {sections.slice(from, to).map((section) => {
        const state = filterState(section, filter, byKey);
        // A marker before a section the filter hides goes with it: no page line between nothing and nothing.
        const before = state === 'hidden' ? NO_BREAKS.before : breaks.before;
        if (section.kind === 'paragraph') {
          return [
            <PageMarkers key={`m${section.head.key}`} list={before.get(section.head.key)} />,
            <Paragraph
              key={section.head.key}
              head={section.head}
              captionFor={captions}
              filter={state}
              breaks={breaks}
              onCopyLink={onCopyLink}
              onCiteMenu={onCiteMenu}
              actions={actions}
            >
              {section.children}
            </Paragraph>,
          ];
        }
        return section.children.map((child) => {
          const key = childKey(child);
          return [
            <PageMarkers key={`m${key}`} list={breaksOf(child, before)} />,
            <div key={key} class={`cr-loose${state ? ` is-${state}` : ''}`} hidden={state === 'hidden'}>
              <BlockItem child={child} captionFor={captions} inside={breaks.inside} />
            </div>,
          ];
        });
      })}
    </>
  );
}

class Chunk extends Component<ChunkProps> {
  override shouldComponentUpdate(next: ChunkProps): boolean {
    return !sameProps(this.props, next);
  }

  override render(props: ChunkProps) {
    return <ChunkSections {...props} />;
  }
}

/** Index of the section holding the block keyed `key`, or -1. */
function sectionOf(sections: readonly Section[], key: string | null | undefined): number {
  if (!key) return -1;
  return sections.findIndex((section) => sectionBlocksOf(section).some((b) => b.key === key));
}

export function CableBody(props: Props) {
  const {
    doc,
    pageMarkers,
    filter,
    onCopyLink,
    onCiteMenu,
    actions,
    progressive,
    firstSections,
    through,
    onComplete,
  } = props;
  const sections = useMemo(() => sectionBlocks(doc.blocks), [doc]);
  const byKey = useMemo(() => new Map(doc.blocks.map((b) => [b.key, b])), [doc]);
  const captions = useMemo(() => captionKeys(doc.blocks), [doc]);
  const breaks = useMemo(() => (pageMarkers ? breaksByBlock(doc.pageBreaks) : NO_BREAKS), [doc, pageMarkers]);
  const target = useMemo(() => sectionOf(sections, through), [sections, through]);
  const ends = useChunks(sections.length, {
    progressive: progressive ?? false,
    first: firstSections,
    through: target,
    onComplete,
  });
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = body.current;
    el?.addEventListener('keydown', onParagraphKeys);
    return () => el?.removeEventListener('keydown', onParagraphKeys);
  }, []);
  return (
    // The cables are in English whatever the interface speaks (voice, hyphenation, quotes).
    <div class="cr-body" id="cr-text" ref={body} lang="en">
      <PageMarkers list={breaks.before.get(BEFORE_ALL)} />
      {ends.map((to, i) => (
        <Chunk
          key={i}
          sections={sections}
          from={ends[i - 1] ?? 0}
          to={to}
          filter={filter}
          byKey={byKey}
          captions={captions}
          breaks={breaks}
          onCopyLink={onCopyLink}
          onCiteMenu={onCiteMenu}
          actions={actions}
        />
      ))}
    </div>
  );
}
