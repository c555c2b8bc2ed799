// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
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
