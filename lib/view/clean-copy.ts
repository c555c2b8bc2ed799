// What a selection in the clean view copies as: the cable's text as it wrote it (`5. (S/NF) ASD Vershbow said...`),
// paragraphs apart by a blank line, without badges' or screen readers' words, controls or page markers; as plain
// text and as HTML. Reads the view's DOM by its copy attributes; writes nothing to it.

/** On an element: the text it copies as, instead of its content (a badge copies as the marking as written). */
export const COPY_AS = 'data-copy';
/** On an element: copied as nothing (controls, screen-reader words, page markers, captions). */
export const COPY_SKIP = 'data-copy-skip';
/** On a block element: text its copy starts with (a list item's dash). */
export const COPY_LEAD = 'data-copy-lead';
/** On an element whose text is shown in another case: the text as sent, same length, copied instead. */
export const COPY_CASE = 'data-copy-case';

/** Elements that start a block of their own (a blank line before it). */
const BLOCK = '[data-key]';
/** Elements that start a new line inside a block. */
const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'DT', 'DD', 'TR', 'BR']);

export interface CleanCopy {
  text: string;
  html: string;
}

/** The part of a text node inside the range, as sent where the view shows it in another case. */
function selectedPart(node: Text, range: Range): string {
  const start = node === range.startContainer ? range.startOffset : 0;
  const end = node === range.endContainer ? range.endOffset : node.data.length;
  const sent = node.parentElement?.getAttribute(COPY_CASE);
  const source = sent !== null && sent !== undefined && sent.length === node.data.length ? sent : node.data;
  return source.slice(start, end);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The clean copy of what `range` covers; empty text when it covers no text. */
export function cleanCopy(range: Range): CleanCopy {
  const blocks: string[][] = [[]];
  const current = () => blocks[blocks.length - 1] as string[];
  // After a label (`5. `, `(S/NF) `) the text goes on on the same line, though it sits in another box.
  let glued = false;
  const emit = (text: string) => {
    const lines = current();
    if (lines.length === 0) lines.push('');
    lines[lines.length - 1] += text;
    if (text.trim()) glued = false;
  };
  const newLine = () => {
    const lines = current();
    if (!glued && lines.length && (lines[lines.length - 1] as string).trim()) lines.push('');
  };

  const visit = (node: Node): void => {
    if (!range.intersectsNode(node)) return;
    if (node.nodeType === 3) {
      // The view's text is single-spaced; newlines in text nodes are markup layout, not the cable's.
      emit(selectedPart(node as Text, range).replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) {
      for (const child of node.childNodes) visit(child);
      return;
    }
    const el = node as Element;
    if (el.hasAttribute(COPY_SKIP) || el.classList.contains('cr-sr')) return;
    const as = el.getAttribute(COPY_AS);
    if (as !== null) {
      emit(as);
      glued = true;
      return;
    }
    if (el.matches(BLOCK)) {
      if (current().some((l) => l.trim())) blocks.push([]);
      glued = false;
      const lead = el.getAttribute(COPY_LEAD);
      if (lead) {
        emit(lead);
        glued = true;
      }
    } else if (LINE_TAGS.has(el.tagName)) {
      newLine();
    }
    for (const child of el.childNodes) visit(child);
    if (el.matches(BLOCK) && current().some((l) => l.trim())) blocks.push([]);
  };

  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) emit(selectedPart(root as Text, range));
  else visit(root);

  const paragraphs = blocks
    .map((lines) => lines.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  return {
    text: paragraphs.map((lines) => lines.join('\n')).join('\n\n'),
    html: paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('\n'),
  };
}

/** The reader's selection as a range inside `root` (our shadow root), or null when it lies elsewhere or is empty. */
export function selectionIn(root: ShadowRoot): Range | null {
  const doc = root.ownerDocument;
  // Chromium answers for the shadow tree on the root; Firefox's document selection reaches into open roots.
  const selection =
    (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range : null;
}
