// Old telegrams write quotation marks as words (`QTE ... UNQTE`): where they stand in a block's text, so the view
// can show them as marks. Finds only: the text (CLI JSON, store, copy) keeps the words as the cable wrote them.

/** A quotation word and the space that joins it to the quoted text (after `QTE`, before `UNQTE`). */
interface QuoteWord {
  start: number;
  end: number;
  kind: 'open' | 'close';
}

// Whole words in capitals only: `UNQTE` holds no `QTE` of its own, and `qte` in running text is not a mark.
const QUOTE_WORD = /\bQTE\b[ \t]?|[ \t]?\bUNQTE\b/g;

/** The `QTE` and `UNQTE` words of a text, in order. */
export function findQuoteWords(text: string): QuoteWord[] {
  if (!text.includes('QTE')) return [];
  return [...text.matchAll(QUOTE_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: m[0].includes('UNQTE') ? 'close' : 'open',
  }));
}
