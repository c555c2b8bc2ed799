// A block's text as text nodes, with summary/comment spans and redactions marked. Never injects markup:
// the page's text reaches the DOM only as strings Preact writes as text nodes.
import type { Span } from '../lib/cable/types';
import { type Segment, segmentText } from '../lib/view/text-segments';

function Redaction({ text }: { text: string }) {
  return (
    <span class="cr-redacted" title="Redacted by the publisher">
      <span aria-hidden="true">{text}</span>
      <span class="cr-sr">[redacted]</span>
    </span>
  );
}

function Run({ segment }: { segment: Segment }) {
  const content = segment.redacted ? <Redaction text={segment.text} /> : segment.text;
  return segment.span ? <span class={`cr-span cr-span-${segment.span}`}>{content}</span> : content;
}

export function BlockText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {segmentText(text, spans).map((segment, i) => (
        // Segments have no identity beyond their order.
        <Run key={i} segment={segment} />
      ))}
    </>
  );
}
