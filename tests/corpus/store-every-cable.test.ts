// Every real cable of the corpus can be saved, bookmarked, exported and imported back: the store's limits,
// schemas and id rule fit all 652 of them (Node, through the repository and the JSON backup).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../lib/cable/parse';
import { exportJson } from '../../lib/store/export';
import { importJson } from '../../lib/store/import';
import { hasCorpus } from '../corpus';
import { tickingRepository } from '../fixtures/repository';
import { everyCorpusInput } from './inputs';

const present = hasCorpus();

describe.skipIf(!present)('the store takes every corpus cable', () => {
  it('bookmarks a paragraph of each of the 652 cables, exports them all and imports them into a fresh store', async () => {
    const inputs = everyCorpusInput();
    expect(inputs).toHaveLength(652);
    const exportedAt = Date.UTC(2024, 4, 1);
    const source = await tickingRepository({ label: 'every-cable' });
    const refused: string[] = [];
    const bookmarked = new Map<string, string>();
    let cableNotes = 0;
    for (const input of inputs) {
      // A mirror page always names its cable; the bare texts get the id their file is named by, as a page would.
      const pageId = input.name.split('/').at(-1) as string;
      const document = parseCable({ ...input.raw, pageMeta: { id: pageId, ...input.raw.pageMeta } });
      const cable = { document, url: `https://wikileaks.org/cable/${pageId}.html`, site: 'cablegate' };
      const worded = document.blocks.filter((b) => b.text.trim() !== '');
      const target = worded.find((b) => b.kind === 'paragraph') ?? worded[0];
      try {
        if (target) {
          await source.addBookmark(cable, target.key);
          bookmarked.set(document.id as string, target.key);
        } else {
          // A page that shows only the header: the reader can still keep the cable and note it.
          await source.upsertCable(cable);
          await source.addNote({ cableId: document.id as string, bookmarkId: null, text: 'header only' });
          cableNotes += 1;
        }
      } catch (error) {
        refused.push(`${input.name}: ${(error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
    expect(bookmarked.size + cableNotes).toBe(652);
    const file = await exportJson(source, exportedAt);
    const target = await tickingRepository({ label: 'every-cable-import' });
    const report = await importJson(target, file);
    expect(report.bookmarks.added).toBe(bookmarked.size);
    expect(report.notes.added).toBe(cableNotes);
    expect(report.cables.added).toBe(652);
    for (const [id, key] of bookmarked) {
      const marks = await target.placesForCable(id);
      expect(
        marks.bookmarks.map((b) => b.blockKey),
        id,
      ).toEqual([key]);
    }
    expect(await exportJson(target, exportedAt)).toBe(file);
    source.close();
    target.close();
  }, 600_000);
});
