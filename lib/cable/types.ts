// The shapes the cable pipeline produces: the public CableDocument contract (CLI JSON, view, store).
// Types only: no logic lives here, and nothing here may depend on DOM, browser or UI code.

/** Classification level, lowest to highest; used for colours, summaries and "highest level". */
export type Level = 'U' | 'SBU' | 'C' | 'S' | 'TS';

/** A portion marking as the cable wrote it and in normalised form (`(S/NF)` -> `S//NF`). */
export interface Marking {
  /** Normalised: `U`, `SBU`, `C`, `S`, `S//NF`, `C//REL NATO`, `U//FOUO`, `SBU//NF`, `S//FGI//NF`... */
  normalized: string;
  /** Exactly as written, parentheses included: `(S/Rel China)`, `SECRET - ENTIRE TEXT`. */
  written: string;
  /** The level part of the marking. */
  level: Level;
}

export type BlockKind =
  /** A numbered paragraph (`4. (SBU) ...`); `number` is its label. */
  | 'paragraph'
  /** A lettered or otherwise labelled sub-paragraph inside a paragraph (`A.`, `i.`, `(a)`). */
  | 'subparagraph'
  /** A `--` or `-` list item. */
  | 'list-item'
  /** A heading: dash-rule, underlined, inline (`---- Title ----`) or marked (`(U) Demonstrations`). */
  | 'heading'
  /** A line that is only a redaction (`XXXXXXXXXXXX`). */
  | 'redaction'
  /** The signature at the end (`HOAGLAND`, `CLINTON`). */
  | 'signature'
  /** Any other text: unnumbered paragraphs, continuations, quoted material. */
  | 'text';

/** A summary or comment span inside one block's text, as character offsets into `Block.text`. */
export interface RegionSpan {
  kind: 'summary' | 'comment';
  start: number;
  end: number;
}

/**
 * A portion marking inside a block's text (`... Fighters: (S//NF) The ...`, `(secret//rel germany)`), not at the
 * block's start: it stays in the text as written, and `start`/`end` cover it, parentheses included.
 */
export interface MarkingSpan {
  kind: 'marking';
  start: number;
  end: number;
  /** Normalised as `Block.marking` is (`S//NF`, `S//REL GERMANY`). */
  marking: string;
}

export type Span = RegionSpan | MarkingSpan;

export interface Block {
  kind: BlockKind;
  /** Unique, stable key for anchors and bookmarks: `4`, `45-2` (second 45), `4.a`, `t3` for unlabeled text... */
  key: string;
  /** Label as written (`4`, `A`, `ii`, `a`), or null. For `paragraph` blocks this is the paragraph number. */
  number: string | null;
  /** Normalised portion marking, or null. */
  marking: string | null;
  /** The marking as written, or null. */
  markingWritten: string | null;
  /** The block's text, reflowed: one logical paragraph, single spaces, label and marking removed. */
  text: string;
  /** Nesting depth: 0 for top level, 1 for a sub-paragraph or list item inside a paragraph, 2 below that. */
  depth: number;
  /** Key of the numbered paragraph this block belongs to (sub-paragraphs, list items, continuations), or null. */
  parent: string | null;
  /** Summary / comment spans and in-text portion markings within this block's text (markings: newer copies). */
  spans: Span[];
}

/** One removed page-break header. */
export interface PageBreak {
  /** The header exactly as written (`OSLO 00000123 002 OF 003`). */
  text: string;
  /** Page number it announces (2 for `002 OF 002`), or null when unreadable. */
  page: number | null;
  /** Page count it announces, or null. */
  of: number | null;
  /** Character offset in the body text (after `¶` and CSV cleanup) where it stood. */
  offset: number;
  /** Key of the block in which (or right before which) it stood, or null if before every block. */
  blockKey: string | null;
  /**
   * Where in that block's text it stood: the offset of the first word after it, where the sentences on both
   * sides were rejoined. Absent when it stood before the block (and in copies saved by earlier versions).
   */
  inBlock?: number;
  /**
   * Lines removed with the header, as written: the classification banners old telegrams print at a page's
   * foot and head, and the routing and section header a later section repeats. Absent when there were none.
   */
  around?: string[];
}

/** What a reference is: a cable, or one of the other documents REF lists cite. */
export type ReferenceKind = 'cable' | 'email' | 'telcon' | 'memo' | 'other';

export interface Reference {
  /** `A`, `B`... or null for a single unlettered reference. Every cable of one item (`A. STATE 1 AND 2`) has its letter. */
  letter: string | null;
  /** The reference as written, whitespace-collapsed (its own part of the item when the item names several cables). */
  text: string;
  /** Canonical id when it cites a cable (`07 OSLO 456` -> `07OSLO456`), else null (no year known, or no cable). */
  id: string | null;
  /** `cable` when it cites one (even without an id), else the kind of document it names. Absent in old copies. */
  kind?: ReferenceKind;
}

/** What a TAGS code is, from the code table: `PGOV` subject, `KZ` geographic, `NATO` organisation, `KPAO` program. */
export type TagKind = 'subject' | 'geographic' | 'organisation' | 'program' | 'person' | 'other';

/** Message precedence, highest first: FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE. */
export type Precedence = 'FLASH' | 'NIACT IMMEDIATE' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';

/** One addressee of the routing header with the precedence its line gives. */
export interface Addressee {
  /** As in `to`/`info`: `SECSTATE WASHDC`. */
  name: string;
  list: 'to' | 'info';
  precedence: Precedence | null;
}

/** A header field on which the page's own table and the cable's text disagree (both kept, neither picked). */
export interface Conflict {
  field: 'id' | 'date' | 'classification' | 'origin';
  /** The value the page's table gives (the one `meta` and `id` show). */
  page: string;
  /** The value the text gives. */
  text: string;
}

export interface CableMeta {
  /** Classification banner, e.g. `CONFIDENTIAL`, `SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`. */
  classification: string | null;
  /** Level of the banner. */
  level: Level | null;
  /** ISO date `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` where known. */
  date: string | null;
  /** Originating post, e.g. `Embassy Oslo` or `OSLO`. */
  origin: string | null;
  /** Subject, joined across wrapped lines. */
  subject: string | null;
  /** FM line. */
  from: string | null;
  /** TO and INFO addressees. */
  to: string[];
  info: string[];
  /** TAGS codes. */
  tags: string[];
  references: Reference[];
  /** `Classified By:` text, without the reasons. */
  classifiedBy: string | null;
  /** Reasons `1.4 (b) and (d)` normalised as `['1.4(b)', '1.4(d)']`. */
  reasons: string[];
  /** Declassification date or instruction from the E.O. line (`2019-01-02`, `OADR`, `10/10/2018`). */
  declassify: string | null;
  /** The E.O. line as written (`E.O. 12958: DECL: 01/02/2019`). */
  executiveOrder: string | null;
  /** Passing and addressee lines inside the text's own header (`DEPT FOR EUR/NB, EUR/RPM`, `OSLO FOR DATT`). */
  passing: string[];
  /** Handling words: SIPDIS, NOFORN, NODIS, EXDIS, LIMDIS... */
  handling: string[];
  /** `SECTION 01 OF 02` -> { section: 1, of: 2 }, or null. */
  section: { section: number; of: number } | null;
  /** Signature name, or null. */
  signature: string | null;
  // Additions (absent in documents saved by earlier versions):
  /** An all-capitals subject in title case for display (`Ambassador Meets the Minister`), else null. */
  subjectTitle?: string | null;
  /** The kind of each TAGS code, in the order of `tags`. */
  tagKinds?: TagKind[];
  /** `Classified By:` split into the officer's name and title (`{ name: 'John Doe', title: 'Ambassador' }`). */
  classifier?: { name: string | null; title: string | null } | null;
  /** Addressees of `XMT` lines: excluded from a collective, never addressees. */
  excluded?: string[];
  /** Every TO and INFO addressee with its precedence. */
  addressees?: Addressee[];
  /** The cable's precedence: the highest among its TO addressees, or its date-time group's prosign. */
  precedence?: Precedence | null;
  /** The transmission id of the routing header (`VZCZCXYZ0001`), or null. */
  transmissionId?: string | null;
  /** The date-time group as written (`P 101200Z JAN 08`), or null. */
  dtg?: string | null;
  /** Where the page's table and the text disagree on id, date, classification or origin. */
  conflicts?: Conflict[];
  /**
   * Old telegrams' whole-cable marking (`1. CONFIDENTIAL - ENTIRE TEXT.`), and the label of the paragraph it
   * stood as: a paragraph that held nothing else is not kept as a block. Absent when the cable has none.
   */
  entireText?: { marking: Marking; label: string | null };
  /**
   * The cable's summary (`SUMMARY: ... END SUMMARY`, `1. (C) Summary: ...`, a summary over several paragraphs),
   * without its label, marking and closer, or null when the cable marks none.
   */
  summary?: string | null;
  /** True when the mirror says its record is a partial extract of the original cable. Absent otherwise. */
  partial?: boolean;
}

/** Metadata a mirror page gives outside the cable text (table rows, synopsis, metadata line). */
export interface PageMeta {
  id?: string;
  date?: string;
  classification?: string;
  origin?: string;
  subject?: string;
  tags?: string[];
  /** The URL the page was read from. */
  url?: string;
}

/** Input to the pipeline. Text only: adapters (lib/sites) produce it from a page. */
export interface RawCableText {
  /** The routing header text when the site shows it apart from the body, else null. */
  headerText: string | null;
  /** The body text, or the whole text when header and body are not apart. */
  bodyText: string;
  /** Metadata from the page around the text. */
  pageMeta: PageMeta;
}

export interface CableDocument {
  /** Canonical reference id (see ids.ts), or null when none could be found. */
  id: string | null;
  meta: CableMeta;
  pageBreaks: PageBreak[];
  blocks: Block[];
}
