// A block's text as text nodes, with summary/comment spans, in-text markings and redactions marked, cross-references (`para 20`,
// `REF H`) as links, and sentence case where the reader chose it. Never injects markup: the page's text reaches
// the DOM only as strings Preact writes as text nodes.
import { useContext } from 'preact/hooks';
import type { PageBreak, Span } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { COPY_CASE } from '../lib/view/clean-copy';
import { findCrossRefs } from '../lib/view/cross-refs';
import { paragraphId } from '../lib/view/paragraph-links';
import { findQuoteWords } from '../lib/view/quote-words';
import { sentenceCase } from '../lib/view/sentence-case';
import { cutSegments, type Segment, segmentText } from '../lib/view/text-segments';
import { MarkingBadge } from './MarkingBadge';
import { InlinePageMarker } from './PageMarker';
import { TextContext, type TextOptions } from './text-context';

function Redaction({ text }: { text: string }) {
  return (
    <span class="cr-redacted" title={t('view_redactedTitle')}>
      <span aria-hidden="true">{text}</span>
      <span class="cr-sr">{t('view_redacted')}</span>
    </span>
  );
}

/** Text shown in sentence case carries the text as sent, for the copy (same length, same offsets). */
function Plain({ text, options, start }: { text: string; options: TextOptions; start: boolean }) {
  if (!options.sentenceCase) return <>{text}</>;
  const attrs = { [COPY_CASE]: text };
  return <span {...attrs}>{sentenceCase(text, options.sentenceCase, start)}</span>;
}

/**
 * `QTE` / `UNQTE` shown as quotation marks: the word stays in the DOM (visually hidden, copied as written, same
 * offsets for anchors), and the mark is drawn by CSS.
 */
function Quoted({ text, options, start }: { text: string; options: TextOptions; start: boolean }) {
  const words = findQuoteWords(text);
  if (words.length === 0) return <Plain text={text} options={options} start={start} />;
  const out = [];
  let last = 0;
  for (const word of words) {
    if (word.start > last)
      out.push(
        <Plain
          key={`t${last}`}
          text={text.slice(last, word.start)}
          options={options}
          start={start && last === 0}
        />,
      );
    out.push(
      <span key={`q${word.start}`} class={`cr-quote cr-quote-${word.kind}`}>
        <span class="cr-quote-word">{text.slice(word.start, word.end)}</span>
      </span>,
    );
    last = word.end;
  }
  if (last < text.length)
    out.push(<Plain key={`t${last}`} text={text.slice(last)} options={options} start={false} />);
  return <>{out}</>;
}

function Linked({ text, options, start }: { text: string; options: TextOptions; start: boolean }) {
  const refs = options.targets ? findCrossRefs(text, options.targets) : [];
  if (refs.length === 0) return <Quoted text={text} options={options} start={start} />;
  const out = [];
  let last = 0;
  for (const ref of refs) {
    if (ref.start > last)
      out.push(
        <Quoted
          key={`t${last}`}
          text={text.slice(last, ref.start)}
          options={options}
          start={start && last === 0}
        />,
      );
    const label = text.slice(ref.start, ref.end);
    const { target } = ref;
    out.push(
      target.kind === 'paragraph' ? (
        <a
          key={`l${ref.start}`}
          class="cr-xref"
          href={`#${paragraphId(target.key)}`}
          title={t('view_goToParagraph', label)}
        >
          {label}
        </a>
      ) : (
        <a
          key={`l${ref.start}`}
          class="cr-xref"
          href={`#cr-ref-${target.letter}`}
          title={t('view_showReference', target.letter)}
          onClick={(event) => {
            event.preventDefault();
            options.onReference(target.letter);
          }}
        >
          {label}
        </a>
      ),
    );
    last = ref.end;
  }
  if (last < text.length)
    out.push(<Quoted key={`t${last}`} text={text.slice(last)} options={options} start={false} />);
  return <>{out}</>;
}

function Run({ segment, options, start }: { segment: Segment; options: TextOptions; start: boolean }) {
  const content = segment.marking ? (
    <MarkingBadge marking={segment.marking} written={segment.text} inText />
  ) : segment.redacted ? (
    <Redaction text={segment.text} />
  ) : (
    <Linked text={segment.text} options={options} start={start} />
  );
  return segment.span ? <span class={`cr-span cr-span-${segment.span}`}>{content}</span> : content;
}

interface Props {
  text: string;
  spans: readonly Span[];
  /** Page breaks that stood inside this text, each shown at its `inBlock` offset. */
  breaks?: readonly PageBreak[] | undefined;
}

export function BlockText({ text, spans, breaks = [] }: Props) {
  const options = useContext(TextContext);
  const runs = cutSegments(
    segmentText(text, spans),
    breaks.map((b) => b.inBlock ?? 0),
  );
  return (
    <>
      {runs.map((run, r) => [
        r > 0 ? <InlinePageMarker key={`b${r}`} pageBreak={breaks[r - 1] as PageBreak} /> : null,
        // Segments have no identity beyond their order.
        run.map((segment, i) => (
          <Run key={`${r}.${i}`} segment={segment} options={options} start={r === 0 && i === 0} />
        )),
      ])}
    </>
  );
}
