// A numbered paragraph: its label (a link to itself), marking badge, text, sub-blocks and controls. One tab stop:
// the paragraph itself; its controls are reached with the arrow keys and left with Escape. Carries the outside
// contract: `id="par<key>"`, `data-para` (label as written), `data-marking` (normalised) where marked.
import type { ComponentChildren } from 'preact';
import type { Block } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { COPY_AS, COPY_SKIP } from '../lib/view/clean-copy';
import type { PlacedBreaks } from '../lib/view/page-markers';
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
  /** Page breaks by block; those of sub-blocks and inside the text are shown inside the paragraph. */
  breaks: PlacedBreaks;
  onCopyLink: (block: Block) => void;
  onCiteMenu: (block: Block, button: HTMLElement) => void;
  /** Extra per-paragraph controls (bookmarks). */
  actions?: (block: Block) => ComponentChildren;
}

/** The paragraph's controls, in order: its number link first, then the buttons in the margin. */
function controlsOf(para: HTMLElement): HTMLElement[] {
  return [...para.querySelectorAll<HTMLElement>('.cr-gutter a, .cr-gutter button')].filter(
    (el) => el.getClientRects().length > 0,
  );
}

/**
 * Arrow keys walk a paragraph's controls; Escape goes back to the paragraph. Listened for once on the body (see
 * CableBody), for every paragraph in it.
 */
export function onParagraphKeys(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const para = target.closest<HTMLElement>('.cr-para');
  if (!para || target.closest('[role="menu"]')) return;
  const controls = controlsOf(para);
  const at = controls.indexOf(target);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowRight' || (event.key === 'ArrowDown' && at >= 0))
    next = controls[at + 1] ?? controls[0];
  else if (event.key === 'ArrowLeft' || (event.key === 'ArrowUp' && at >= 0))
    next = at <= 0 ? controls[controls.length - 1] : controls[at - 1];
  else if (event.key === 'Escape' && target !== para) next = para;
  else if (event.key === 'Home' && at >= 0) next = controls[0];
  else if (event.key === 'End' && at >= 0) next = controls[controls.length - 1];
  if (!next) return;
  event.preventDefault();
  event.stopPropagation();
  next.focus();
}

export function Paragraph(props: Props) {
  const { head, children, captionFor, filter, breaks, onCopyLink, onCiteMenu, actions } = props;
  const label = head.number ?? head.key;
  const id = paragraphId(head.key);
  const copyAs = { [COPY_AS]: `${label}. ` };
  const skip = { [COPY_SKIP]: '' };
  return (
    <div
      id={id}
      class={`cr-para${spanClass(head)}${filter ? ` is-${filter}` : ''}`}
      data-para={label}
      data-marking={head.marking ?? undefined}
      data-key={head.key}
      hidden={filter === 'hidden'}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the reader moves through the cable a paragraph at a time
      tabIndex={0}
    >
      <div class="cr-gutter">
        <a class="cr-num" href={`#${id}`} title={t('view_paragraphLink', label)} tabIndex={-1} {...copyAs}>
          {`${label}.`}
        </a>
        <div class="cr-actions-wrap" {...skip}>
          <ParagraphActions
            label={label}
            onCopyLink={() => onCopyLink(head)}
            onCiteMenu={(button) => onCiteMenu(head, button)}
          >
            {actions?.(head)}
          </ParagraphActions>
        </div>
      </div>
      <div class="cr-para-body">
        {captionFor.has(head.key) ? <SpanCaption block={head} /> : null}
        <p class="cr-lead">
          {head.marking ? <MarkingBadge marking={head.marking} written={head.markingWritten} /> : null}
          <BlockText text={head.text} spans={head.spans} breaks={breaks.inside.get(head.key)} />
        </p>
        {children.map((child) => [
          <PageMarkers key={`m${childKey(child)}`} list={breaksOf(child, breaks.before)} />,
          <BlockItem key={childKey(child)} child={child} captionFor={captionFor} inside={breaks.inside} />,
        ])}
      </div>
    </div>
  );
}
