// Cuts the signer's name off the end of the segmented body into a signature block: a last line alone, a name
// on its own line under the last sentence, or one glued after it. Name shapes are signature.ts's.

import { endsSentence } from '../text-tests';
import { type Draft, draft, lastLineOf } from './drafts';
import { isShortLine } from './lines';
import { isSignatureLine, splitGluedSignature } from './signature';

/**
 * Moves the signature at the end of `drafts` into a block of its own and returns the name, or null. `mixedCase`
 * says the text is not all capitals (a name in capitals then stands out); `width` is the wrap width.
 */
export function takeSignature(drafts: Draft[], mixedCase: boolean, width: number): string | null {
  const last = drafts[drafts.length - 1];
  if (!last || last.lines.length === 0) return null;
  const line = lastLineOf(last);
  const name = line.trim();
  if (isSignatureLine(name)) {
    const alone = last.lines.length === 1 && last.label === null && !last.marking;
    if (alone && drafts.length > 1 && (last.kind === 'text' || last.kind === 'heading')) {
      last.kind = 'signature';
      last.parent = -1;
      last.depth = 0;
      return name;
    }
    const prev = last.lines[last.lines.length - 2];
    // The name stands on its own line: after a blank line, a finished sentence, a short line, the post's web
    // address, or in capitals under mixed-case text; never after an initial (`Thomas R.` / `Lyle` is one name in
    // a sentence), though an abbreviation's last letter (`the U.S.` / `Beyrle`) is no initial.
    const ownLine =
      prev !== undefined &&
      !/(?<!\.)\b[A-Z]\.$/.test(prev) &&
      (last.runFrom === last.lines.length - 1 ||
        endsSentence(prev) ||
        /\bhttps?:\/\/\S+(?: \S+)?$/.test(prev) ||
        isShortLine(prev, width) ||
        (mixedCase && name === name.toUpperCase()));
    if (ownLine) {
      last.lines.pop();
      drafts.push(draft('signature', name, last.end - line.length, last.end));
      return name;
    }
  }
  const glued = splitGluedSignature(line);
  if (!glued) return null;
  last.lines[last.lines.length - 1] = glued[0];
  drafts.push(draft('signature', glued[1], last.end - glued[1].length, last.end));
  return glued[1];
}
