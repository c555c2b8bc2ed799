// Old telegrams' quotation words (`QTE ... UNQTE`) printed as the marks they stand for, in the CLI's reading
// forms (text, Markdown) as the clean view shows them. JSON keeps the words: it is the cable as written.
import { findQuoteWords } from '../view/quote-words';

/** `text` with each `QTE` as “ and each `UNQTE` as ” (the space joining a word to the quote goes with it). */
export function withQuoteMarks(text: string): string {
  const words = findQuoteWords(text);
  if (words.length === 0) return text;
  let out = '';
  let last = 0;
  for (const word of words) {
    out += `${text.slice(last, word.start)}${word.kind === 'open' ? '\u201C' : '\u201D'}`;
    last = word.end;
  }
  return out + text.slice(last);
}
