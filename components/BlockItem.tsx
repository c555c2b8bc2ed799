// One block that is not a numbered paragraph: sub-paragraph, heading, list, plain text, redaction line or
// signature, laid out as what it is. Presentational; summary/comment captions are decided by the caller.
import type { Block, PageBreak } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { COPY_AS, COPY_LEAD, COPY_SKIP } from '../lib/view/clean-copy';
import type { Child } from '../lib/view/structure';
import { wholeSpan } from '../lib/view/text-segments';
import { BlockText } from './BlockText';
import { MarkingBadge } from './MarkingBadge';

function Badge({ block }: { block: Block }) {
  return block.marking ? <MarkingBadge marking={block.marking} written={block.markingWritten} /> : null;
}

/** The "Summary" / "Comment" caption over the first block of a set-apart run. */
export function SpanCaption({ block }: { block: Block }) {
  const word = captionWord(block);
  const skip = { [COPY_SKIP]: '' };
  return word ? (
    <span class="cr-caption" {...skip}>
      {word}
    </span>
  ) : null;
}

/** The caption's word over a block that is a summary or a comment as a whole, else null. */
export function captionWord(block: Block): string | null {
  const kind = wholeSpan(block.text, block.spans);
  return kind ? (kind === 'summary' ? t('view_captionSummary') : t('view_captionComment')) : null;
}

/** A sub-paragraph's or list item's label, copied with the space the layout puts after it. */
function SubLabel({ number }: { number: string }) {
  const copyAs = { [COPY_AS]: `${number}. ` };
  return (
    <span class="cr-sub-label" {...copyAs}>
      {`${number}.`}
    </span>
  );
}

/** Class names that set a whole-summary or whole-comment block apart. */
export function spanClass(block: Block): string {
  const kind = wholeSpan(block.text, block.spans);
  return kind ? ` is-${kind}` : '';
}

/** Page breaks that stood inside blocks' text, by block key. */
type Inside = ReadonlyMap<string, readonly PageBreak[]>;

function Single({ block, caption, inside }: { block: Block; caption: boolean; inside: Inside }) {
  const cls = spanClass(block);
  const breaks = inside.get(block.key);
  const depth = { '--depth': String(block.depth) };
  switch (block.kind) {
    case 'heading':
      return (
        <h2 class={`cr-heading${cls}`} data-key={block.key}>
          <Badge block={block} />
          <BlockText text={block.text} spans={block.spans} breaks={breaks} />
        </h2>
      );
    case 'redaction':
      return (
        <p class="cr-redaction-line" data-key={block.key}>
          <BlockText text={block.text} spans={block.spans} breaks={breaks} />
        </p>
      );
    case 'signature':
      return (
        <p class="cr-signature" data-key={block.key}>
          {block.text}
        </p>
      );
    case 'subparagraph':
      return (
        <div class={`cr-sub${cls}`} style={depth} data-key={block.key}>
          {caption ? <SpanCaption block={block} /> : null}
          {block.number ? <SubLabel number={block.number} /> : null}
          <Badge block={block} />
          <BlockText text={block.text} spans={block.spans} breaks={breaks} />
        </div>
      );
    default:
      return (
        <p class={`cr-text${cls}`} style={depth} data-key={block.key}>
          {caption ? <SpanCaption block={block} /> : null}
          <Badge block={block} />
          <BlockText text={block.text} spans={block.spans} breaks={breaks} />
        </p>
      );
  }
}

interface Props {
  child: Child;
  /** Which blocks open a summary or comment run. */
  captionFor: ReadonlySet<string>;
  inside: Inside;
}

/** A list run or a single block. */
export function BlockItem({ child, captionFor, inside }: Props) {
  if (child.kind === 'block')
    return <Single block={child.block} caption={captionFor.has(child.block.key)} inside={inside} />;
  const depth = child.items[0]?.depth ?? 1;
  return (
    <ul class="cr-list" style={{ '--depth': String(depth) }}>
      {child.items.map((item) => (
        <li key={item.key} class={`cr-li${spanClass(item)}`} data-key={item.key} {...{ [COPY_LEAD]: '- ' }}>
          {item.number ? <SubLabel number={item.number} /> : null}
          <Badge block={item} />
          <BlockText text={item.text} spans={item.spans} breaks={inside.get(item.key)} />
        </li>
      ))}
    </ul>
  );
}
