// What every block's text needs from the view around it, passed down without threading props through each
// layer: the cross-reference targets to link, the reference opener, and the sentence-case display.
import { createContext } from 'preact';
import type { CrossRefTargets } from '../lib/view/cross-refs';
import type { CaseHints } from '../lib/view/sentence-case';

export interface TextOptions {
  /** Paragraphs and references the text may link to, or null for no links. */
  targets: CrossRefTargets | null;
  /** Shows the header card's reference with this letter. */
  onReference: (letter: string) => void;
  /** Sentence case for an all-caps cable, or null to show the text as sent. */
  sentenceCase: CaseHints | null;
}

export const TextContext = createContext<TextOptions>({
  targets: null,
  onReference: () => undefined,
  sentenceCase: null,
});
