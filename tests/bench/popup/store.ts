// The popup bench's store (issue 5 scale): a busy reader's 10,000 bookmarks on 1,000 cables (and ~3,300 notes) as
// an export file, imported through the extension's own backup entry. Makes data only; times nothing.
import { cableText, describeQuote, findBlock } from '../../../lib/store/anchoring';
import { cableRecordFrom } from '../../../lib/store/cables';
import { buildExport, serializeExport } from '../../../lib/store/export';
import type { StoreContents } from '../../../lib/store/merge';
import type { ExtensionBrowser } from '../../browser/fixture';
import { makeDocument } from '../../fixtures/documents';
import { seededRandom } from '../../fixtures/mutations';

const CABLES = 1_000;
const BOOKMARKS_PER_CABLE = 10;
const PARAGRAPHS_PER_CABLE = 14;
const NOTE_EVERY = 3;

const WORDS = (
  'the of ministry embassy minister government tender pipeline officials economic said would report comment ' +
  'press parliament opposition contract consortium election security border treaty delegation visit reform ' +
  'energy oil gas bank corruption court judge president administration military cooperation agreement talks'
).split(' ');

/** The records of a busy reader's store, as an export file the extension imports (saved copies included). */
export function exportFile(): { text: string; cables: number; bookmarks: number; notes: number } {
  const random = seededRandom(5);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const now = Date.UTC(2024, 0, 1);
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [] };
  for (let c = 0; c < CABLES; c++) {
    // Serials start at 1: a reference id never has serial 0 (the store refuses it).
    const id = `${String(c % 10).padStart(2, '0')}BENCHPOST${c + 1}`;
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_CABLE }, () => `${words(50 + (c % 40))}.`);
    const doc = makeDocument(id, paragraphs, { subject: `${words(6)} (${id})`, origin: 'Embassy Astana' });
    const text = cableText(doc);
    const url = `https://wikileaks.org/cable/2009/01/${id}.html`;
    contents.cables.push(cableRecordFrom({ document: doc, url, site: 'wikileaks.org' }, undefined, now + c));
    contents.snapshots.push({ cableId: id, document: doc, savedAt: now + c });
    for (let b = 1; b <= BOOKMARKS_PER_CABLE; b++) {
      const range = findBlock(text, String(b));
      if (!range) throw new Error(`bench popup: no paragraph ${b} in ${id}`);
      const at = now + c * 100 + b;
      const bookmarkId = `${id}#${b}`;
      contents.bookmarks.push({
        id: bookmarkId,
        cableId: id,
        blockKey: String(b),
        label: String(b),
        marking: b % 2 ? 'C' : 'SBU',
        selectors: describeQuote(text.text, range.start, range.end),
        orphan: null,
        createdAt: at,
        updatedAt: at,
      });
      if ((c * BOOKMARKS_PER_CABLE + b) % NOTE_EVERY === 0) {
        const text = `Follow up: ${words(12)}`;
        contents.notes.push({
          id: `note-${c}-${b}`,
          bookmarkId,
          cableId: id,
          tags: [],
          text,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  return {
    text: serializeExport(buildExport(contents, now)),
    cables: contents.cables.length,
    bookmarks: contents.bookmarks.length,
    notes: contents.notes.length,
  };
}

/** Characters per import message, as the backup page sends them (an entry takes at most IMPORT_PIECE_CHARS). */
const PIECE_CHARS = 4_000_000;

/** Imports `text` through the background in pieces, as the backup page does; throws unless it was merged. */
export async function importInPieces(bench: ExtensionBrowser, text: string): Promise<void> {
  type Answer = { ok: boolean; value?: { token: string; status: string }; error?: { message: string } };
  let token: string | undefined;
  for (let at = 0; at < text.length; at += PIECE_CHARS) {
    const last = at + PIECE_CHARS >= text.length;
    const piece = text.slice(at, at + PIECE_CHARS);
    const answer = (await bench.sendMessage({
      name: 'backup.import',
      data: { text: piece, last, ...(token ? { token } : {}) },
    })) as Answer;
    if (!answer.ok || !answer.value) throw new Error(`bench popup: import failed: ${answer.error?.message}`);
    token = answer.value.token;
    if (last && answer.value.status !== 'imported')
      throw new Error(`bench popup: import ended ${answer.value.status}`);
  }
}
