import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { cableText, findBlock } from './anchoring';
import { exportAnnotations } from './export-annotations';
import { importAnnotations, importAny, parseAnnotations } from './import-annotations';
import type { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function openRepository() {
  const repository = await tickingRepository({ label: 'annotations', ids: 'id' });
  opened.push(repository);
  return repository;
}

const doc = makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const input = cableInput(doc, 'https://wikileaks.org/cable/2008/06/08ASTANA1.html');

async function filled() {
  const repository = await openRepository();
  const text = cableText(doc);
  const start = (findBlock(text, '3')?.start ?? 0) + 10;
  await repository.addHighlight(
    input,
    { start, end: start + 60 },
    {
      colour: 'pink',
      note: 'Line one.\nLine <two>.',
      tags: ['follow up', 'energy'],
    },
  );
  await repository.addHighlight(input, { start: start + 70, end: start + 90 }, { colour: 'yellow' });
  const bookmark = await repository.addBookmark(input, '2');
  await repository.addNote({ cableId: '08ASTANA1', bookmarkId: bookmark.id, text: 'On the bookmark.' });
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: null,
    text: 'On the whole cable.',
    tags: ['energy', 'to cite'],
  });
  return repository;
}

describe('Web Annotation export', () => {
  it('writes a JSON-LD collection: mirror source, cable id, selectors, body text and tags', async () => {
    const file = JSON.parse(await exportAnnotations(await filled(), 1_700_000_900_000));
    expect(file['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.total).toBe(5);
    const [highlight] = file.first.items;
    expect(highlight).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      'cable:colour': 'pink',
      target: {
        source: 'https://wikileaks.org/cable/2008/06/08ASTANA1.html',
        'cable:id': '08ASTANA1',
        'cable:paragraph': '3',
      },
    });
    expect(highlight.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'FragmentSelector',
    ]);
    expect(highlight.body).toEqual([
      { type: 'TextualBody', value: 'Line one.\nLine <two>.', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'follow up', purpose: 'tagging' },
      { type: 'TextualBody', value: 'energy', purpose: 'tagging' },
    ]);
    expect(file.first.items.map((a: { motivation: string }) => a.motivation)).toEqual([
      'commenting',
      'highlighting',
      'bookmarking',
      'commenting',
      'commenting',
    ]);
    const cableNote = file.first.items.find(
      (a: { body: { value: string }[] }) => a.body[0]?.value === 'On the whole cable.',
    );
    expect(cableNote.body.slice(1)).toEqual([
      { type: 'TextualBody', value: 'energy', purpose: 'tagging' },
      { type: 'TextualBody', value: 'to cite', purpose: 'tagging' },
    ]);
  });

  it('imports back without loss: the same annotations and records in a fresh store', async () => {
    const source = await filled();
    const exported = await exportAnnotations(source, 1_700_000_900_000);
    const target = await openRepository();
    const report = await importAnnotations(target, exported);
    expect(report.highlights).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(report.bookmarks.added).toBe(1);
    expect(report.notes.added).toBe(2);
    expect(await exportAnnotations(target, 1_700_000_900_000)).toBe(exported);
    expect((await target.listHighlights('08ASTANA1')).map((h) => h.highlight)).toEqual(
      (await source.listHighlights('08ASTANA1')).map((h) => h.highlight),
    );
    expect(await target.listNotes('08ASTANA1')).toEqual(await source.listNotes('08ASTANA1'));
    // A second import changes nothing.
    const again = await importAny(target, exported);
    expect(again.highlights).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a file that is not a collection, or an annotation without a quote, writing nothing', async () => {
    expect(() => parseAnnotations('{"type":"Annotation"}')).toThrow(/not a Web Annotation collection/);
    const exported = JSON.parse(await exportAnnotations(await filled(), 1_700_000_900_000));
    exported.first.items[0].target.selector = [];
    const target = await openRepository();
    await expect(importAnnotations(target, JSON.stringify(exported))).rejects.toThrow(
      /first\.items\[0\]\.target\.selector: a TextQuoteSelector is needed/,
    );
    expect(await target.listLibrary()).toEqual({ entries: [], total: 0 });
  });
});
