import { describe, expect, it } from 'vitest';
import { findQuoteWords } from './quote-words';

describe('findQuoteWords', () => {
  it('finds QTE with the space after it and UNQTE with the space before it', () => {
    const text = 'HE SAID QTE WE WILL GO UNQTE AND LEFT.';
    const words = findQuoteWords(text);
    expect(words.map((w) => [w.kind, text.slice(w.start, w.end)])).toEqual([
      ['open', 'QTE '],
      ['close', ' UNQTE'],
    ]);
  });

  it('reads a quotation that opens the text or closes it with punctuation', () => {
    const text = 'QTE NO. UNQTE, THE MINISTER SAID QTE NEVER UNQTE.';
    expect(findQuoteWords(text).map((w) => text.slice(w.start, w.end))).toEqual([
      'QTE ',
      ' UNQTE',
      'QTE ',
      ' UNQTE',
    ]);
  });

  it('leaves words that only hold the letters alone', () => {
    expect(findQuoteWords('UNQTEX QTES qte BOUQTE')).toEqual([]);
    expect(findQuoteWords('no marks here')).toEqual([]);
  });
});
