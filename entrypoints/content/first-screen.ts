// The clean view's first screen in plain DOM calls, drawn the moment the cable is parsed: the slim bar, the header
// card, the markings line and the first sections, with the elements, classes and boxes the Preact view gives them,
// so the view's first render takes the same nodes over without a jump. Text nodes only; no control works here.
// Must not decide anything the view decides: words and rules come from the components' and lib/view's helpers.
import { captionWord, spanClass } from '../../components/BlockItem';
import { bannerWords } from '../../components/ClassificationBanner';
import { detailsAreLong, detailsSummary, subjectLine } from '../../components/HeaderCard';
import { shownDoc } from '../../components/ReaderRoot';
import { BAR_ICONS } from '../../components/ReadingBar';
import { themeVars } from '../../components/ThemeScope';
import { measureChar, measureSample } from '../../components/useMeasure';
import { levelOf } from '../../lib/cable/markings';
import type { Block, CableDocument, PageBreak } from '../../lib/cable/types';
import { plural, t } from '../../lib/i18n/t';
import { levelName } from '../../lib/i18n/vocabulary';
import type { ReadingSettings } from '../../lib/settings/settings';
import { captionKeys } from '../../lib/view/captions';
import { formatDate } from '../../lib/view/format';
import { summarizeMarkings } from '../../lib/view/marking-summary';
import {
  BEFORE_ALL,
  breaksByBlock,
  NO_BREAKS,
  type PlacedBreaks,
  pageMarkerLabel,
} from '../../lib/view/page-markers';
import { paragraphId } from '../../lib/view/paragraph-links';
import { isAllCaps } from '../../lib/view/sentence-case';
import { breaksOf, type Child, type Section, sectionBlocks } from '../../lib/view/structure';
import { cutSegments, segmentText } from '../../lib/view/text-segments';

/** On the first screen's root until the view takes it over (the view's render drops attributes it does not set). */
export const FIRST_SCREEN_ATTR = 'data-first-screen';

/**
 * An average character's width in em, taken narrower than the view's fonts set running text (about 0.5em), so that
 * the first screen's estimate of a line errs long.
 */
const NARROW_CHAR_EM = 0.45;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FirstScreenOptions {
  settings: ReadingSettings;
  /** Buttons in each paragraph's margin (copy link, cite, and the bookmark controls where there are any). */
  actionSlots: number;
  /** Sections of the body to draw (firstScreenSections). */
  sections: number;
}

/** The window the first screen is drawn for, in CSS pixels (window-size.ts). */
export interface WindowSize {
  width: number;
  height: number;
}

/**
 * Characters of body text the first screen draws before it stops at a section's end: what the whole window would
 * hold were it all text at the reader's size, line height and line width. The bar, the card and the margins take
 * part of every real first screen, so this errs long. Measured on corpus pages (the view's default settings), the
 * first screen shows 200-400 characters of body at 390 x 844 (this gives 1,390), 1,000-1,300 at 1280 x 900 (2,220)
 * and 1,800-2,400 at 2560 x 1440 (3,530); whatever is drawn more is layout and DOM work before the first paint.
 */
export function firstScreenChars(size: WindowSize, settings: ReadingSettings): number {
  const linePx = settings.fontSize * (settings.lineHeight / 100);
  const perLine = Math.min(settings.lineWidth, size.width / (settings.fontSize * NARROW_CHAR_EM));
  return Math.ceil((size.height / linePx) * perLine);
}

/**
 * Whether the first screen can stand for the view's first render as it is: not where the view would change the
 * text's case or open the card's details (those take the view's own first render, as before).
 */
export function canDrawFirstScreen(doc: CableDocument, settings: ReadingSettings): boolean {
  if (settings.sentenceCase && isAllCaps(doc.blocks.map((b) => b.text))) return false;
  const { meta } = doc;
  const hasFields =
    meta.to.length + meta.info.length + (meta.excluded?.length ?? 0) + meta.tags.length > 0 ||
    meta.references.length + meta.handling.length + meta.reasons.length + (meta.conflicts?.length ?? 0) > 0 ||
    Boolean(
      meta.classifiedBy || meta.declassify || meta.precedence || (meta.from && meta.from !== meta.origin),
    );
  return !hasFields || detailsAreLong(doc);
}

type Attrs = Record<string, string>;

function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs,
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

/** An icon as the bar draws it. */
function icon(doc: Document, path: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = doc.createElementNS(SVG_NS, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

/** The slim bar: id, classification and the tools, inert until the view takes them over. */
function bar(d: Document, doc: CableDocument): HTMLElement {
  // The view's bar has a Notes control when the cable has an id to key notes by: stand in for it the same way.
  const { classification, level } = doc.meta;
  const what = make(
    d,
    'p',
    { class: 'cr-bar-what' },
    doc.id ? make(d, 'span', { class: 'cr-bar-id' }, doc.id) : null,
    make(
      d,
      'span',
      { class: 'cr-bar-level', 'data-level': level ?? 'unknown' },
      make(d, 'span', { class: 'cr-sr' }, `${t('bar_classification')} `),
      make(d, 'span', { class: 'cr-bar-level-full' }, classification ?? t('bar_notGiven')),
      level ? make(d, 'span', { class: 'cr-bar-level-code', 'aria-hidden': 'true' }, level) : null,
    ),
  );
  const tool = (name: string, path: string) =>
    make(
      d,
      'button',
      { type: 'button', class: 'cr-tool', disabled: '' },
      icon(d, path),
      make(d, 'span', { class: 'cr-tool-name' }, name),
    );
  const tools = make(
    d,
    'div',
    { class: 'cr-bar-tools' },
    tool(t('view_outline'), BAR_ICONS.outline),
    doc.id ? tool(t('notes_toggle'), BAR_ICONS.notes) : null,
    tool(t('view_settings'), BAR_ICONS.settings),
    make(
      d,
      'button',
      { type: 'button', class: 'cr-tool cr-tool-help', disabled: '' },
      make(d, 'span', { 'aria-hidden': 'true' }, '?'),
    ),
    make(
      d,
      'button',
      { type: 'button', class: 'cr-toggle', 'data-mode': 'clean', disabled: '' },
      t('view_toggleOriginal'),
    ),
  );
  return make(d, 'div', { class: 'cr-bar' }, what, tools);
}

/** The header card with its details closed behind their control (canDrawFirstScreen saw to that). */
function card(d: Document, doc: CableDocument): HTMLElement {
  const { meta } = doc;
  const { text, levelWord } = bannerWords(meta);
  const banner = make(
    d,
    'p',
    { class: 'cr-banner', 'data-level': meta.level ?? 'unknown' },
    text,
    levelWord ? make(d, 'span', { class: 'cr-banner-level' }, levelWord) : null,
  );
  const kicker = make(d, 'p', { class: 'cr-kicker' });
  const parts = [
    doc.id ? make(d, 'span', { class: 'cr-mono' }, doc.id) : null,
    meta.date ? make(d, 'time', { datetime: meta.date }, formatDate(meta.date)) : null,
    meta.origin ? make(d, 'span', {}, meta.origin) : null,
  ].filter((part) => part !== null);
  parts.forEach((part, i) => {
    if (i) kicker.append(make(d, 'span', { 'aria-hidden': 'true' }, ' · '));
    kicker.append(part);
  });
  const head = make(
    d,
    'div',
    { class: 'cr-card-head' },
    kicker,
    make(d, 'h1', { id: 'cr-subject', class: 'cr-subject' }, subjectLine(doc)),
  );
  const header = make(d, 'header', { class: 'cr-card' }, banner, head);
  if (detailsAreLong(doc)) {
    header.append(
      make(
        d,
        'button',
        { type: 'button', class: 'cr-details-toggle', 'aria-expanded': 'false', disabled: '' },
        make(d, 'span', { class: 'cr-details-chevron', 'aria-hidden': 'true' }),
        t('card_details'),
        make(d, 'span', { class: 'cr-details-what' }, ` (${detailsSummary(doc)})`),
      ),
      make(d, 'dl', { class: 'cr-fields', id: 'cr-card-details', hidden: '' }),
    );
  }
  return header;
}

/** The markings line and the page-break switch, as the toolbar shows them before any filter is picked. */
function toolbar(d: Document, doc: CableDocument, settings: ReadingSettings): HTMLElement {
  const summary = summarizeMarkings(doc.blocks);
  let markings: HTMLElement;
  if (summary.counts.length === 0) {
    markings = make(d, 'p', { class: 'cr-markings-none' }, t('view_noMarkings'));
  } else {
    const marked = summary.counts.reduce((sum, c) => sum + c.count, 0);
    const total = make(d, 'p', { class: 'cr-markings-total' }, plural('view_marked', marked));
    if (summary.highest) {
      total.append(
        `${t('list_separator')}${t('view_highest')} `,
        make(
          d,
          'strong',
          { class: 'cr-level-word', 'data-level': summary.highest },
          levelName(summary.highest),
        ),
      );
    }
    const chips = make(d, 'ul', { class: 'cr-chips' });
    for (const { marking, level, count } of summary.counts) {
      const chip = make(
        d,
        'button',
        {
          type: 'button',
          class: 'cr-chip',
          'data-level': level ?? 'unknown',
          'aria-pressed': 'false',
          disabled: '',
        },
        make(d, 'span', { 'aria-hidden': 'true' }, marking),
        make(d, 'span', { class: 'cr-chip-count', 'aria-hidden': 'true' }, String(count)),
      );
      chips.append(make(d, 'li', {}, chip));
    }
    markings = make(d, 'fieldset', { class: 'cr-markings' }, total, chips);
  }
  const tools = make(d, 'div', { class: 'cr-tools' });
  if (doc.pageBreaks.length > 0) {
    const pressed = String(settings.pageMarkers);
    tools.append(
      make(
        d,
        'button',
        { type: 'button', class: 'cr-chip cr-chip-plain', 'aria-pressed': pressed, disabled: '' },
        t('view_pageBreaks'),
      ),
    );
  }
  return make(d, 'div', { class: 'cr-toolbar' }, markings, tools);
}

/**
 * A block's text as text nodes: set-apart spans, redactions and the page breaks inside it as the view marks them
 * (its links come with the view).
 */
function text(d: Document, block: Block, into: HTMLElement, c: Context): void {
  const breaks = c.breaks.inside.get(block.key) ?? [];
  const runs = cutSegments(
    segmentText(block.text, block.spans),
    breaks.map((b) => b.inBlock ?? 0),
  );
  runs.forEach((run, r) => {
    const pageBreak = breaks[r - 1];
    if (pageBreak) into.append(make(d, 'span', { class: 'cr-page-mark' }, pageMarkerLabel(pageBreak)));
    for (const segment of run) {
      const content = segment.marking
        ? inTextBadge(d, segment.marking, segment.text)
        : segment.redacted
          ? make(
              d,
              'span',
              { class: 'cr-redacted' },
              make(d, 'span', { 'aria-hidden': 'true' }, segment.text),
            )
          : d.createTextNode(segment.text);
      into.append(
        segment.span ? make(d, 'span', { class: `cr-span cr-span-${segment.span}` }, content) : content,
      );
    }
  });
}

/** A marking the cable wrote inside the text, as MarkingBadge draws it there: its written form. */
function inTextBadge(d: Document, marking: string, written: string): HTMLElement {
  const level = levelOf(marking) ?? 'unknown';
  const shown = make(d, 'span', { 'aria-hidden': 'true' }, written);
  return make(d, 'span', { class: 'cr-badge cr-badge-in-text', 'data-level': level }, shown);
}

function badge(d: Document, block: Block): HTMLElement | null {
  if (!block.marking) return null;
  const level = levelOf(block.marking) ?? 'unknown';
  return make(
    d,
    'span',
    { class: 'cr-badge', 'data-level': level },
    make(d, 'span', { 'aria-hidden': 'true' }, block.marking),
  );
}

function caption(d: Document, block: Block, captions: ReadonlySet<string>): HTMLElement | null {
  const word = captions.has(block.key) ? captionWord(block) : null;
  return word ? make(d, 'span', { class: 'cr-caption' }, word) : null;
}

/** A block's line with its label, badge and text, as BlockItem lays out each kind. */
function single(d: Document, block: Block, c: Context): HTMLElement {
  const { captions } = c;
  const cls = spanClass(block);
  const key = { 'data-key': block.key };
  const depth = { ...key, style: `--depth: ${block.depth}` };
  const label = block.number ? make(d, 'span', { class: 'cr-sub-label' }, `${block.number}.`) : null;
  let el: HTMLElement;
  switch (block.kind) {
    case 'heading':
      el = make(d, 'h2', { class: `cr-heading${cls}`, ...key }, badge(d, block));
      break;
    case 'redaction':
      el = make(d, 'p', { class: 'cr-redaction-line', ...key });
      break;
    case 'signature':
      return make(d, 'p', { class: 'cr-signature', ...key }, block.text);
    case 'subparagraph':
      el = make(
        d,
        'div',
        { class: `cr-sub${cls}`, ...depth },
        caption(d, block, captions),
        label,
        badge(d, block),
      );
      break;
    default:
      el = make(d, 'p', { class: `cr-text${cls}`, ...depth }, caption(d, block, captions), badge(d, block));
  }
  text(d, block, el, c);
  return el;
}

function child(d: Document, item: Child, c: Context): HTMLElement {
  if (item.kind === 'block') return single(d, item.block, c);
  const list = make(d, 'ul', { class: 'cr-list', style: `--depth: ${item.items[0]?.depth ?? 1}` });
  for (const block of item.items) {
    const li = make(
      d,
      'li',
      { class: `cr-li${spanClass(block)}`, 'data-key': block.key },
      block.number ? make(d, 'span', { class: 'cr-sub-label' }, `${block.number}.`) : null,
      badge(d, block),
    );
    text(d, block, li, c);
    list.append(li);
  }
  return list;
}

function markers(d: Document, list: readonly PageBreak[] | undefined): HTMLElement[] {
  return (list ?? []).map((pb) => make(d, 'p', { class: 'cr-page-marker' }, pageMarkerLabel(pb)));
}

interface Context {
  captions: ReadonlySet<string>;
  breaks: PlacedBreaks;
  actionSlots: number;
  sections: number;
}

/** A numbered paragraph as Paragraph lays it out; its margin's buttons stand as empty boxes of their size. */
function paragraph(d: Document, section: Extract<Section, { kind: 'paragraph' }>, c: Context): HTMLElement {
  const { head } = section;
  const label = head.number ?? head.key;
  const id = paragraphId(head.key);
  const actions = make(d, 'div', { class: 'cr-actions' });
  for (let i = 0; i < c.actionSlots; i++) actions.append(make(d, 'span', { class: 'cr-action' }));
  const lead = make(d, 'p', { class: 'cr-lead' }, badge(d, head));
  text(d, head, lead, c);
  const body = make(d, 'div', { class: 'cr-para-body' }, caption(d, head, c.captions), lead);
  for (const item of section.children)
    body.append(...markers(d, breaksOf(item, c.breaks.before)), child(d, item, c));
  const attrs: Attrs = { id, class: `cr-para${spanClass(head)}`, 'data-para': label, 'data-key': head.key };
  if (head.marking) attrs['data-marking'] = head.marking;
  return make(
    d,
    'div',
    attrs,
    make(
      d,
      'div',
      { class: 'cr-gutter' },
      make(d, 'a', { class: 'cr-num', href: `#${id}`, tabindex: '-1' }, `${label}.`),
      make(d, 'div', { class: 'cr-actions-wrap' }, actions),
    ),
    body,
  );
}

/** How many of `sections` the first screen draws: up to about a screen's text, each whole. */
function sectionsDrawn(sections: readonly Section[], budget: number): number {
  let chars = 0;
  let count = 0;
  while (count < sections.length && (count === 0 || chars < budget)) {
    chars += sectionChars(sections[count] as Section);
    count++;
  }
  return count;
}

/**
 * How many of the body's sections the first screen draws: at least one, then on to the end of the section that
 * reaches `budget` characters (firstScreenChars). The view's render that takes the first screen over renders as
 * many at once, and the rest in slices.
 */
export function firstScreenSections(doc: CableDocument, budget: number): number {
  return sectionsDrawn(sectionBlocks(doc.blocks), budget);
}

/** The first sections of the body (as many as the options say). */
function body(d: Document, doc: CableDocument, c: Context): HTMLElement {
  const el = make(
    d,
    'div',
    { class: 'cr-body', id: 'cr-text' },
    ...markers(d, c.breaks.before.get(BEFORE_ALL)),
  );
  const sections = sectionBlocks(doc.blocks);
  for (const section of sections.slice(0, c.sections)) {
    if (section.kind === 'paragraph') {
      el.append(...markers(d, c.breaks.before.get(section.head.key)), paragraph(d, section, c));
    } else {
      for (const item of section.children)
        el.append(
          ...markers(d, breaksOf(item, c.breaks.before)),
          make(d, 'div', { class: 'cr-loose' }, child(d, item, c)),
        );
    }
  }
  return el;
}

function sectionChars(section: Section): number {
  let n = section.kind === 'paragraph' ? section.head.text.length : 0;
  for (const item of section.children)
    n +=
      item.kind === 'list' ? item.items.reduce((sum, b) => sum + b.text.length, 0) : item.block.text.length;
  return n;
}

/**
 * Draws the first screen into `container` (the view's own, in its shadow root) and returns its root. The view's
 * first render into the same container takes these nodes over; call `measureFirstScreen` once it is in the page
 * as the view will have it, before the first frame.
 */
export function drawFirstScreen(
  container: HTMLElement,
  parsed: CableDocument,
  options: FirstScreenOptions,
): HTMLElement {
  const d = container.ownerDocument;
  const { settings } = options;
  const doc = shownDoc(parsed, settings.subjectTitle);
  const root = make(d, 'div', {
    class: 'cr-root cr-page',
    'data-theme': settings.theme,
    'data-font': settings.font,
    'data-mode': 'clean',
    [FIRST_SCREEN_ATTR]: '',
  });
  for (const [name, value] of Object.entries(themeVars(settings))) root.style.setProperty(name, value);
  const context: Context = {
    captions: captionKeys(doc.blocks),
    breaks: settings.pageMarkers ? breaksByBlock(doc.pageBreaks) : NO_BREAKS,
    actionSlots: options.actionSlots,
    sections: options.sections,
  };
  const { classification, level } = doc.meta;
  const article = make(
    d,
    'article',
    { class: 'cr-view', 'aria-labelledby': 'cr-subject' },
    card(d, doc),
    toolbar(d, doc, settings),
    body(d, doc, context),
  );
  root.append(
    bar(d, doc),
    make(
      d,
      'div',
      { class: 'cr-print-banner cr-print-top', 'data-level': level ?? 'unknown', 'aria-hidden': 'true' },
      classification ?? t('print_noClassification'),
    ),
    make(d, 'div', { class: 'cr-layout' }, article),
  );
  container.append(root);
  return root;
}

/**
 * Sets the line width from the cable's own characters, as the view's first render does: a style read, so the first
 * frame is the first layout of the first screen.
 */
export function measureFirstScreen(root: HTMLElement, doc: CableDocument): void {
  measureChar(root, measureSample(doc.blocks.filter((b) => b.kind === 'paragraph')));
}
