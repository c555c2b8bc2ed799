// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Span } from '../lib/cable/types';
import { textPieces } from '../lib/highlights/text-map';
import { markingMeaning } from '../lib/i18n/marking-meaning';
import { cleanCopy } from '../lib/view/clean-copy';
import { BlockText } from './BlockText';

afterEach(cleanup);

describe('BlockText shows QTE / UNQTE as quotation marks', () => {
  it('draws the marks and keeps the words in the text, at the same offsets', () => {
    const text = 'THE SHAH SPOKE OF QTE SHAMEFUL UTTERANCES UNQTE BY SOME.';
    const { container } = render(<BlockText text={text} spans={[]} />);
    expect(container.textContent).toBe(text);
    const open = container.querySelector('.cr-quote-open');
    const close = container.querySelector('.cr-quote-close');
    expect(open?.textContent).toBe('QTE ');
    expect(close?.textContent).toBe(' UNQTE');
    expect(open?.querySelector('.cr-quote-word')).not.toBeNull();
  });

  it('leaves text without quotation words as plain text', () => {
    const { container } = render(<BlockText text="HE SAID NO." spans={[]} />);
    expect(container.querySelector('.cr-quote-open, .cr-quote-close')).toBeNull();
    expect(container.textContent).toBe('HE SAID NO.');
  });
});

describe('BlockText shows a marking written inside the text as a badge', () => {
  const text = 'The talks went well. (S//NF) The minister named XXXXXX as his source.';
  const start = text.indexOf('(S//NF)');
  const spans: Span[] = [{ kind: 'marking', start, end: start + 7, marking: 'S//NF' }];

  it('badges the marking with its level and meaning, and keeps its words where they stand', () => {
    const { container } = render(
      <p data-key="4">
        <BlockText text={text} spans={spans} />
      </p>,
    );
    const badge = container.querySelector('.cr-badge-in-text');
    expect(badge?.getAttribute('data-level')).toBe('S');
    expect(badge?.getAttribute('title')).toBe(markingMeaning('S//NF'));
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('(S//NF)');
    const root = container.querySelector('[data-key="4"]') as Element;
    // Highlights anchor on the block's text: the badge's written form is part of it, its spoken words are not.
    expect(
      textPieces(root, text)
        .map((p) => p.node.data)
        .join(''),
    ).toBe(text);
    const range = document.createRange();
    range.selectNodeContents(root);
    expect(cleanCopy(range).text).toBe(text);
  });
});
