// Heading shapes in cable bodies: framed by rules (`-------` / `Summary` / `-------`), underlined, inline
// (`---- Next Steps ----`), marked (`(U) Border Crossings`) and plain title lines between blank lines.
// Judges single lines and short runs; blocks.ts decides where they stand.
import { indentOf, isRule, isTitleLike } from '../text-tests';

const INLINE = /^ *(?:-{2,}|={2,}|\*{2,})(?: *-)* +([^-=*\s].*?) +(?:-{2,}|={2,}|\*{2,})[-=* ]*$/;
// A title with its rule run on after it on the same line: `WHAT COMES NEXT? ---------`.
const TRAILING_RULE = /^ *([^-=*\s].*?) +(?:-{3,}|={3,})[-= ]*$/;
// Markers that open or close a summary, comment or quoted text are text, not titles.
const MARKER_WORDS = /^(?:BEGIN|END|START)\b|^(?:SIPDIS|NOFORN|NNNN?|BT)$/i;
/** Longest line a title runs to; longer lines are text even when capitalised. */
export const TITLE_MAX = 90;
// A field whose value is a bare figure (`Region: 3`, `Priority for Ports: 4B`) is a data entry, not a title.
const FIGURE_VALUE = /:\s*\d{1,3}[A-Z]?$/;
const UNDERLINE = /^ *(?:-{3,}|={3,})(?: +[-=]+)* *$|^ *(?:- ){2,}-? *$/;

/** A rule that can underline a title (dashes or equals signs; stars frame notices, not titles). */
export function isUnderline(line: string): boolean {
  return UNDERLINE.test(line);
}
/** Most lines a framed or underlined title spans. */
export const TITLE_MAX_LINES = 4;

/** The title of an inline heading (`---- Next Steps ----`, `------- Summary -------`), or null. */
export function readInlineHeading(line: string): string | null {
  if (line.length > 300 || line.length < 5) return null;
  let last = line.length - 1;
  while (last > 0 && line[last] === ' ') last--;
  const tail = line[last];
  if ((tail !== '-' && tail !== '=' && tail !== '*') || line[last - 1] !== tail) return null;
  const first = line[indentOf(line)];
  const ruleAtStart = first === '-' || first === '=' || first === '*';
  const m = ruleAtStart ? INLINE.exec(line) : TRAILING_RULE.exec(line);
  if (!m) return null;
  const title = (m[1] as string).trim();
  return /[A-Za-z]/.test(title) && title.length <= TITLE_MAX && !/--/.test(title) ? title : null;
}

/** True when a line can be one line of a framed or underlined title. */
export function isTitleLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= TITLE_MAX && !isRule(line) && /[A-Za-z]/.test(text);
}

/**
 * True when a line standing alone between blank lines reads as a heading (`Labor Rights`,
 * `TRADE ISSUES`, `Iran: Next Steps?`); `text` is the line without its marking. Without a rule to mark it, a
 * line with commas, or a field with a figure for its value, is a list entry, not a title.
 */
export function isPlainHeading(text: string, maxLength = TITLE_MAX): boolean {
  const t = text.trim();
  if (t.length > maxLength || MARKER_WORDS.test(t)) return false;
  // Commas make a list entry (`Name, Title, Office`), not a title; a rule is what makes such lines headings.
  if (t.includes(',') || /^\(?[Xx]{4,}/.test(t) || FIGURE_VALUE.test(t)) return false;
  return isTitleLike(t, maxLength);
}

/** True for `BEGIN TEXT`, `END SUMMARY`, `SIPDIS` and the like: markers in the text, never titles. */
export function isMarkerLine(text: string): boolean {
  return MARKER_WORDS.test(text.trim());
}

/** Merges the lines of a multi-line title into one. */
export function joinTitle(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ')
    .replace(/\s+/g, ' ');
}
