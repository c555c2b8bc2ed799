// The line-by-line reader of a cable's own header (classification line, handling and passing lines, E.O., TAGS,
// SUBJECT, REF, Classified By): collects raw field values and stops at the first line that belongs to the body.

import { readMarking } from '../markings';
import { PAGE_BREAK_SHAPES, REDACTION_SOURCE } from '../vocabulary';
import { type ClassificationLine, parseClassificationLine } from './ids';
import {
  type FieldKind,
  fieldStart,
  handlingLine,
  isBannerOnly,
  isTagsContinuation,
  markedBannerWords,
  PARAGRAPH_START,
  reasonsComplete,
} from './lines';
import { nextRefLetter, startsWithLabel } from './references';

/** Raw values as written (lines joined by `\n`), before interpretation. */
export interface HeaderFields {
  classification: ClassificationLine | null;
  handling: string[];
  passing: string[];
  executiveOrder: string | null;
  tags: string[];
  subject: string[];
  ref: string[];
  classifiedBy: string[];
  declassifyOn: string[];
}

function emptyFields(): HeaderFields {
  return {
    classification: null,
    handling: [],
    passing: [],
    executiveOrder: null,
    tags: [],
    subject: [],
    ref: [],
    classifiedBy: [],
    declassifyOn: [],
  };
}

// New-style page-break lines, and old `PAGE 02 FOO 01234 01 OF 03 011200Z` ones that may carry text after them.
const PAGE_BREAK = new RegExp(PAGE_BREAK_SHAPES.modern);
const OLD_PAGE_BREAK = new RegExp(PAGE_BREAK_SHAPES.old);
const DASH_RULE = /^[ \t]*(?:-[ \t]*){4,}/;
const UNLETTERED_CITATION = /^[ \t]*(?:(?:19|20)?\d{2}[ \t]+)?[A-Z][A-Z' ]{1,30}[ \t]+\d{1,7}\b/;
const CORE: ReadonlySet<FieldKind> = new Set(['eo', 'tags', 'subject']);
const MAX_PENDING = 16;
/** Header lines are short; longer ones are body (and would make every line pattern scan them whole). */
const MAX_LINE = 2000;
/** Continuation lines each field may take: REF lists run long (`A.` to `L.`), the others are short. */
const MAX_CONTINUATION: Record<FieldKind, number> = {
  eo: 0,
  tags: 3,
  subject: 6,
  ref: 40,
  classifiedBy: 4,
  declassifyOn: 3,
};

type Current = FieldKind | null;

/** True for a line the body owns: a numbered paragraph, a marked paragraph, a dash-rule heading. */
function bodyLike(line: string): boolean {
  return (
    PARAGRAPH_START.test(line) ||
    DASH_RULE.test(line) ||
    (/^[ \t]*\(/.test(line) && readMarking(line) !== null)
  );
}

/**
 * Reads header lines one segment at a time. `accept` returns false at the first segment that belongs to the
 * body; lines that could be passing lines are held until a core field (E.O., TAGS, SUBJECT) confirms them.
 */
// `-      (B) ...`: a dash a typist put before a REF item's label.
const DASHED_LABEL = /^[ \t]*-[ \t]+(?=\(?[A-Za-z][.):)])/;
// A REF line that ends inside an item: a label with nothing after it, or a label and words with no serial yet.
const DANGLING_ITEM = /(?:^|[\s,;])\(?[A-Za-z][.)](?:[ \t]+[A-Za-z][A-Za-z.' ]*)?$/;
// A subject line that cannot end the subject: a joining word, a possessive or a joining mark at its end.
const DANGLING_SUBJECT =
  /(?:[,:;/(&-]|\b(?:THE|OF|AND|OR|TO|FOR|IN|ON|AT|BY|WITH|FROM|INTO|ITS|THEIR|OVER|ABOUT|BETWEEN|AGAINST|AN)|['’]S)$/i;
// A redaction (`xxxxxxxxxxxx`) is lower case in most copies: it says nothing about the line's own case.
const REDACTION = new RegExp(REDACTION_SOURCE, 'g');
const inCapitals = (text: string): boolean => !/[a-z]/.test(text.replace(REDACTION, ''));
/** Longest line held after a blank until a field start confirms it as header. */
const MAX_HELD = 200;

/** A line after a blank, kept apart until the next line shows whether the header runs on past it. */
interface HeldLine {
  line: string;
  start: number;
  /** A capitals subject's tail cut off by a blank line, or a note between fields (`E-MAIL TO ...`). */
  as: 'subject' | 'passing';
}

export class HeaderFieldReader {
  readonly fields: HeaderFields = emptyFields();
  private current: Current = null;
  private afterBlank = false;
  private lines = 0;
  private seenCore = false;
  /** Start offset of the first held passing line, or -1. */
  private pendingStart = -1;
  private pending: string[] = [];
  /** The field a blank line ended, for the line after it. */
  private beforeBlank: Current = null;
  private held: HeldLine | null = null;
  /** A second header began (the cable's own after a copy's): fields read again keep their first value. */
  private second = false;
  /** The lines of a field read again, set aside (a `SUBJ:` line repeating the subject, the second header's). */
  private echo: { kind: FieldKind; lines: string[] } | null = null;
  /** Where the body starts once `accept` has returned false (held lines given back included). */
  bodyStart = -1;

  /** Feeds one segment (a line, or part of a flattened line). False: the body starts at this segment. */
  accept(segment: string, start: number): boolean {
    const line = segment.trimEnd();
    if (!line.trim()) {
      this.afterBlank = true;
      // A REF list may run on after blank lines; `SUBJECT:` and `REFS:` may have their value after one, and a
      // subject its tail after a line that cannot end it (`... TO PROTECT THE` / blank / `ENVIRONMENT`).
      const list = this.currentList() ?? [];
      const open = list.every((v) => !v) || DANGLING_SUBJECT.test(list[list.length - 1] ?? '');
      if (this.current !== 'ref' && !(this.current === 'subject' && open)) {
        this.beforeBlank = this.current ?? this.beforeBlank;
        this.current = null;
      }
      return true;
    }
    if (this.held && !this.confirmHeld(segment)) return false;
    if (segment.length > MAX_LINE) return this.acceptLong(segment, start);
    const blank = this.afterBlank;
    const beforeBlank = this.beforeBlank;
    this.afterBlank = false;
    this.beforeBlank = null;
    if (PAGE_BREAK.test(line) || (this.fields.classification && isBannerOnly(line))) return true;
    const old = OLD_PAGE_BREAK.exec(line);
    if (old) {
      const rest = line.slice(old[0].length);
      return (
        rest.trim() === '' || this.continueField(rest, false) || this.accept(rest, start + old[0].length)
      );
    }
    if (
      !this.fields.classification &&
      !this.seenCore &&
      this.fields.passing.length === 0 &&
      this.pending.length === 0
    ) {
      const parsed = parseClassificationLine(line);
      if (parsed) {
        this.fields.classification = parsed;
        const rest = line.slice(parsed.length);
        return rest.trim() === '' || this.accept(rest, start + parsed.length);
      }
    } else if (blank && this.seenCore && !this.second && this.secondBanner(line, start)) {
      return true;
    }
    const field = fieldStart(line);
    if (field) return this.startField(field.kind, line, line.slice(field.valueAt), start);
    if (this.current && this.continueField(line, blank)) return true;
    this.current = null;
    const handling =
      handlingLine(line) ??
      // `Sipdis` in the archive's lower-cased copies.
      (line.length <= 40 && /^[ \t]*[A-Z]?[a-z]+[ \t]*$/.test(line)
        ? handlingLine(line.toUpperCase())
        : null) ??
      markedBannerWords(line);
    if (handling) {
      for (const word of handling) if (!this.fields.handling.includes(word)) this.fields.handling.push(word);
      return true;
    }
    // Before the core fields, a dash rule may frame an archive note (an archive's note on the copy).
    const rule = DASH_RULE.test(line) && this.fields.classification !== null;
    if (blank && this.hold(line, start, beforeBlank)) return true;
    if ((bodyLike(line) && !rule) || this.seenCore || this.pending.length >= MAX_PENDING)
      return this.stop(start);
    if (this.pendingStart < 0) this.pendingStart = start;
    this.pending.push(line.trim());
    return true;
  }

  /** A line longer than any header line is body, except for a classification line at its head (one-line text). */
  private acceptLong(segment: string, start: number): boolean {
    const parsed = this.fields.classification ? null : parseClassificationLine(segment);
    if (!parsed || this.seenCore || this.pending.length > 0) return this.stop(start);
    this.fields.classification = parsed;
    return this.stop(start + parsed.length);
  }

  /**
   * Ends the reading at `end` (the end of the text or of the header window) when no segment stopped it:
   * held lines with no core field after them are given back to the body. Returns where the body starts.
   */
  finish(end: number): number {
    if (this.bodyStart >= 0) return this.bodyStart;
    this.stop(this.held ? this.held.start : end);
    return this.bodyStart;
  }

  /**
   * Holds a line after a blank that may still be header: after the core fields, a capitals line that continues a
   * capitals subject or a short capitals note. Only a field start after it (`REF:`, `Classified By:`) confirms it.
   */
  private hold(line: string, start: number, beforeBlank: Current): boolean {
    const text = line.trim();
    if (!this.seenCore || text.length > MAX_HELD || !inCapitals(text) || !/[A-Z]{2}/.test(text)) return false;
    if (bodyLike(line)) return false;
    const subject = beforeBlank === 'subject' && inCapitals(this.fields.subject.join(' '));
    if (!subject && text.length > 60) return false;
    this.held = { line: text, start, as: subject ? 'subject' : 'passing' };
    return true;
  }

  /** The held line is header when `segment` starts a field; else the body starts at the held line. */
  private confirmHeld(segment: string): boolean {
    const held = this.held as HeldLine;
    this.held = null;
    if (segment.length > MAX_LINE || !fieldStart(segment)) return this.stop(held.start);
    (held.as === 'subject' ? this.fields.subject : this.fields.passing).push(held.line);
    return true;
  }

  private stop(start: number): boolean {
    this.closeEcho();
    this.bodyStart = !this.seenCore && this.pendingStart >= 0 ? this.pendingStart : start;
    if (this.seenCore) this.flushPending();
    this.pending = [];
    this.pendingStart = -1;
    return false;
  }

  private flushPending(): void {
    for (const line of this.pending) {
      if (DASH_RULE.test(line) && /^[-\s]+$/.test(line)) continue;
      const previous = this.fields.passing[this.fields.passing.length - 1];
      // A wrapped passing line continues its predecessor (`... EUR/XX,` / `(NAME), AND EUR/YY`).
      if (previous && (/[,;/(-]$|\b(?:AND|TO|FOR|OF)$/.test(previous) || /^[(a-z]/.test(line))) {
        this.fields.passing[this.fields.passing.length - 1] = `${previous} ${line}`;
      } else {
        this.fields.passing.push(line);
      }
    }
    this.pending = [];
    this.pendingStart = -1;
  }

  /**
   * A whole classification line after the header's fields opens a second header, as a copy that shows the
   * routing section's TAGS and SUBJECT before the cable's own header writes it; the same cable's line only. Until
   * a core field follows, its lines are held as before the first one, and given back to the body with it.
   */
  private secondBanner(line: string, start: number): boolean {
    const parsed = parseClassificationLine(line);
    const first = this.fields.classification;
    if (!parsed || line.slice(parsed.length).trim() !== '') return false;
    if (first && (Number(first.serial) !== Number(parsed.serial) || first.origin !== parsed.origin))
      return false;
    this.second = true;
    this.seenCore = false;
    this.current = null;
    this.pendingStart = start;
    this.fields.classification ??= parsed;
    return true;
  }

  /** Whether a field starting again is read aside: a repeated subject, or a filled field of a second header. */
  private readAgain(kind: FieldKind, text: string): boolean {
    // The E.O. line keeps its first value itself; a TAGS line read again adds the codes the first one lacked.
    if (kind === 'eo' || kind === 'tags') return false;
    const kept = this.fields[kind];
    if (kept.length === 0) return false;
    if (this.second) return true;
    const words = (s: string) =>
      s
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .join(' ');
    return kind === 'subject' && text !== '' && words(kept.join(' ')).startsWith(words(text));
  }

  /** Ends a field read aside; a subject read again that runs on past the kept one lends it its tail. */
  private closeEcho(): void {
    const echo = this.echo;
    this.echo = null;
    if (echo?.kind !== 'subject') return;
    const kept = this.fields.subject.join(' ').split(/\s+/).filter(Boolean);
    const again = echo.lines.join(' ').split(/\s+/).filter(Boolean);
    if (again.length <= kept.length) return;
    if (kept.some((w, i) => w.toLowerCase() !== again[i]?.toLowerCase())) return;
    const tail = again.slice(kept.length).join(' ');
    this.fields.subject.push(inCapitals(kept.join(' ')) ? tail.toUpperCase() : tail);
  }

  private startField(kind: FieldKind, line: string, value: string, start: number): boolean {
    this.closeEcho();
    if (CORE.has(kind)) {
      this.seenCore = true;
      this.flushPending();
    }
    this.current = kind;
    this.lines = 0;
    const text = value.trim();
    if (this.readAgain(kind, text)) {
      this.echo = { kind, lines: [text] };
      return true;
    }
    switch (kind) {
      case 'eo':
        this.fields.executiveOrder ??= line.trim();
        this.current = null;
        break;
      case 'tags':
        this.fields.tags.push(text);
        break;
      case 'subject':
        if (this.fields.subject.length > 0) return this.stop(start);
        this.fields.subject.push(text);
        break;
      case 'ref':
        this.fields.ref.push(text);
        break;
      case 'classifiedBy':
        this.fields.classifiedBy.push(text);
        if (reasonsComplete(text)) this.current = null;
        break;
      case 'declassifyOn':
        this.fields.declassifyOn.push(line.trim());
        break;
    }
    return true;
  }

  /** Whether `line` continues the field being read; appends it when so. */
  private continueField(line: string, afterBlank: boolean): boolean {
    const list = this.currentList();
    if (!list || !this.current || this.lines >= MAX_CONTINUATION[this.current] || fieldStart(line))
      return false;
    const text = line.trim();
    const previous = list[list.length - 1] ?? '';
    const empty = list.every((v) => !v);
    // The first REF item after an empty `REFS:` label is `A.`, or an unlettered citation (`STATE 1234`).
    const nextLetter = nextRefLetter(list) ?? (empty ? 'A' : null);
    // `-      (B) State 348253`: a dash before a REF label.
    const labelled = this.current === 'ref' ? line.replace(DASHED_LABEL, '') : line;
    // `(C) 09 STATE 012345` in a REF list and `(c), and (d).` after `1.4(b),` look like markings but are not.
    const listed = this.current === 'ref' && startsWithLabel(labelled, nextLetter);
    const reasons =
      this.current === 'classifiedBy' && /^[ \t]*\(?[a-hA-H]\)[ \t]*(?:[,.]|and\b|$)/.test(line);
    if (!listed && !reasons && bodyLike(line)) return false;
    let ok = false;
    switch (this.current) {
      case 'tags':
        // The archive's lower-cased copies continue their lower-case TAGS line in lower case (a second header's
        // TAGS line is lower case after the first one's capitals).
        ok =
          !afterBlank &&
          (isTagsContinuation(line) ||
            (!/[A-Z]/.test(previous) && !/[A-Z]/.test(line) && isTagsContinuation(line.toUpperCase())));
        break;
      case 'subject': {
        // Capitals continue capitals; a mixed-case subject continues only after a full-width line; past a blank
        // line, only a line that cannot end the subject is continued at once.
        const fits = inCapitals(list.join(' ')) ? inCapitals(text) : previous.length >= 30;
        ok = empty || (fits && (!afterBlank || DANGLING_SUBJECT.test(previous)));
        break;
      }
      case 'ref':
        // An item cut before its post or serial (`C) RIO` / blank / `DE JANEIRO 1291`), and a list whose line
        // ends in a separator (`FOO 329; FOO 346;` / blank / `FOO 353`), run on over a blank line.
        ok = afterBlank
          ? listed ||
            ((empty || /[,;]$/.test(previous)) && UNLETTERED_CITATION.test(line)) ||
            DANGLING_ITEM.test(previous)
          : listed ||
            !/[a-z]/.test(text) ||
            /[,;(/-]$|\band$/i.test(previous) ||
            (/^\d/.test(text) && /[A-Za-z][ \t]*$/.test(previous));
        break;
      case 'classifiedBy':
        ok = !afterBlank && !reasonsComplete(list.join(' '));
        break;
      case 'declassifyOn':
        ok = !afterBlank && /[:,]$/.test(previous);
        break;
      default:
        ok = false;
    }
    if (!ok) return false;
    list.push(text);
    this.lines++;
    return true;
  }

  private currentList(): string[] | null {
    if (this.echo && this.current === this.echo.kind) return this.echo.lines;
    switch (this.current) {
      case 'tags':
        return this.fields.tags;
      case 'subject':
        return this.fields.subject;
      case 'ref':
        return this.fields.ref;
      case 'classifiedBy':
        return this.fields.classifiedBy;
      case 'declassifyOn':
        return this.fields.declassifyOn;
      default:
        return null;
    }
  }
}
