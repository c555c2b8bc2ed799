// Reads an import file's text as it arrives, in pieces of any size, splitting each top-level list into its
// records as they end: a backup of any size is parsed record by record, never held as one string.
import { t } from '../i18n/t';
import { StoreError } from './errors';
import { RECORDS_LIMIT } from './export-schema';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

const damaged = (detail: string) => new StoreError('invalid', t('err_notJsonDetail', detail));

/**
 * Feeds on text pieces (`push`), then gives the parsed file (`finish`): the top level as written, each list
 * directly under it replaced by its records parsed one by one. Lists deeper inside a record stay in the record.
 */
export class RecordSplitter {
  /** Everything outside the top-level lists' items: the envelope, with each list written empty. */
  private skeleton: string[] = [];
  private readonly lists = new Map<string, unknown[]>();
  /** Nesting depth after the last character read; 1 inside the top-level object, 2 inside one of its lists. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The top-level container is an object (only then are its lists split). */
  private objectRoot = false;
  /** The list being split, by its key, while depth >= 2 inside it. */
  private list: unknown[] | null = null;
  /** The current item's text so far, or null between items. */
  private itemParts: string[] | null = null;
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  /** Reads the next piece of the file. Throws StoreError when the file cannot be a backup. */
  push(piece: string): void {
    this.chars += piece.length;
    if (this.chars > this.maxChars) {
      const mb = (n: number) => (n / 1_000_000).toFixed(1);
      throw new StoreError('invalid', t('err_fileTooLargeOver', mb(this.maxChars)));
    }
    // `from` is where the text not yet copied into the skeleton or the current item starts.
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.list && this.itemParts === null) {
          this.startItem(piece, from, i);
          from = i;
        }
        continue;
      }
      if (this.list && this.depth === 2 && (c === COMMA || c === CLOSE_BRACKET)) {
        if (this.itemParts !== null) this.endItem(piece.slice(from, i));
        else if (c === COMMA) throw damaged('an empty item in a list');
        from = i;
        if (c === CLOSE_BRACKET) {
          this.list = null;
          this.depth = 1;
          continue;
        }
        from = i + 1;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 0) this.objectRoot = c === OPEN_BRACE;
        if (this.list && this.depth === 2 && this.itemParts === null) {
          this.startItem(piece, from, i);
          from = i;
        }
        this.depth += 1;
        if (this.depth === 2 && c === OPEN_BRACKET && this.objectRoot) {
          this.skeleton.push(piece.slice(from, i + 1));
          from = i + 1;
          this.openList();
        }
        continue;
      }
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth < 0) throw damaged('a closing bracket with nothing open');
        continue;
      }
      if (this.list && this.depth === 2 && this.itemParts === null && c > 32) {
        // A number, true, false or null as an item: kept for the record check to refuse by name.
        this.startItem(piece, from, i);
        from = i;
      }
    }
    const rest = piece.slice(from);
    if (this.itemParts) this.itemParts.push(rest);
    else if (!this.list) this.skeleton.push(rest);
  }

  private startItem(piece: string, from: number, at: number): void {
    // Only whitespace can stand between a list's `[` or `,` and its next item.
    if (piece.slice(from, at).trim() !== '') throw damaged('text between the items of a list');
    this.itemParts = [];
  }

  private endItem(last: string): void {
    const parts = this.itemParts ?? [];
    parts.push(last);
    this.itemParts = null;
    const list = this.list as unknown[];
    if (list.length >= RECORDS_LIMIT) throw new StoreError('invalid', t('err_tooManyRecords', RECORDS_LIMIT));
    try {
      list.push(JSON.parse(parts.join('')));
    } catch (error) {
      throw damaged(error instanceof Error ? error.message : 'a record that is not JSON');
    }
  }

  private openList(): void {
    // The list's key is the last string of the skeleton before its `:`.
    const tail = this.skeleton.join('').slice(-400);
    const key = /"((?:[^"\\]|\\.)*)"\s*:\s*\[$/.exec(tail)?.[1];
    if (key === undefined) throw damaged('a list where a field was expected');
    const name = JSON.parse(`"${key}"`) as string;
    if (this.lists.has(name)) throw damaged(`"${name}" appears twice`);
    this.list = [];
    this.lists.set(name, this.list);
  }

  /** The whole file as parsed data, its top-level lists holding their records. */
  finish(): unknown {
    if (this.inString || this.depth !== 0 || this.list) throw damaged('it ends before its last bracket');
    const text = this.skeleton.join('');
    if (text.trim() === '') throw new StoreError('invalid', t('err_fileEmpty'));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw damaged(error instanceof Error ? error.message : 'not JSON');
    }
    if (this.objectRoot && data && typeof data === 'object') {
      for (const [name, records] of this.lists) (data as Record<string, unknown>)[name] = records;
    }
    return data;
  }
}
