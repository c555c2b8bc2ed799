import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { freshName } from '../../tests/fixtures/idb-schema';
import { tickingRepository } from '../../tests/fixtures/repository';
import { cableText, findBlock } from './anchoring';
import { exportJson } from './export';
import { cleanTags } from './highlights';
import { importJson } from './import';
import type { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function openRepository(name = freshName('highlights')) {
  const repository = await tickingRepository({ name, ids: 'h' });
  opened.push(repository);
  return repository;
}

const doc = makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const input = cableInput(doc);
const text = cableText(doc);

/** The anchoring-text range of `phrase` inside paragraph `key`. */
function rangeOf(key: string, phrase: string) {
  const block = findBlock(text, key);
  const at = block ? text.text.indexOf(phrase, block.start) : -1;
  if (!block || at < 0 || at + phrase.length > block.end) throw new Error(`no "${phrase}" in ${key}`);
  return { start: at, end: at + phrase.length };
}

const SENTENCE = 'Several deputies have already linked the tender to the minister of energy';

/** The page's blocks after replacing paragraph `key`'s text. */
function blocksWith(key: string, replace: (text: string) => string) {
  return doc.blocks.map((b) => ({ key: b.key, text: b.key === key ? replace(b.text) : b.text }));
}

describe('highlights', () => {
  it('highlights a sentence inside a paragraph and keeps the cable with it', async () => {
    const repository = await openRepository();
    const made = await repository.addHighlight(input, rangeOf('3', SENTENCE), {
      colour: 'blue',
      note: 'Check the brother.',
      tags: ['follow up', ' Energy  ministry '],
    });
    expect(made).toMatchObject({
      cableId: '08ASTANA1',
      blockKey: '3',
      label: '3',
      colour: 'blue',
      note: 'Check the brother.',
      tags: ['follow up', 'Energy ministry'],
      orphan: null,
    });
    expect(made.selectors[0].exact).toBe(SENTENCE);
    expect((await repository.getCable('08ASTANA1'))?.document).toEqual(doc);
    const [listed] = await repository.listHighlights('08ASTANA1');
    expect(listed?.placed).toMatchObject({ blockKey: '3', orphan: null });
  });

  it('drops the blank edges a selection drags along, and refuses an empty or blank one', async () => {
    const repository = await openRepository();
    const { start, end } = rangeOf('3', SENTENCE);
    const made = await repository.addHighlight(
      input,
      { start: start - 1, end: end + 1 },
      { colour: 'yellow' },
    );
    expect(made.selectors[0].exact).toBe(text.text.slice(start - 1, end + 1).trim());
    const gap = findBlock(text, '1')?.end ?? 0;
    await expect(
      repository.addHighlight(input, { start: gap, end: gap + 2 }, { colour: 'yellow' }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      repository.addHighlight(input, { start: 5, end: 5 }, { colour: 'yellow' }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      repository.addHighlight(input, rangeOf('3', SENTENCE), { colour: 'orange' as 'yellow' }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('places highlights in a page whose paragraph has one word changed (fuzzy), with no note text', async () => {
    const repository = await openRepository();
    await repository.addHighlight(input, rangeOf('3', SENTENCE), { colour: 'green', note: 'secret' });
    const changed = blocksWith('3', (t) => t.replace('deputies', 'members'));
    const marks = await repository.highlightPlaces('08ASTANA1', changed);
    const [mark] = marks.highlights;
    expect(mark).toMatchObject({ colour: 'green', hasNote: true, orphan: null });
    const pageText = cableText({ blocks: changed }).text;
    expect(pageText.slice(mark?.start ?? 0, mark?.end ?? 0)).toContain('members have already linked');
    expect(JSON.stringify(marks)).not.toContain('secret');
  });

  it('orphans a highlight whose paragraph was replaced, and still lists it with its quote', async () => {
    const repository = await openRepository();
    await repository.addHighlight(input, rangeOf('3', SENTENCE), { colour: 'pink' });
    const replaced = blocksWith(
      '3',
      () => 'The fisheries agreement was renewed for five years after a short debate in the committee.',
    );
    const [mark] = (await repository.highlightPlaces('08ASTANA1', replaced)).highlights;
    expect(mark).toMatchObject({ start: null, end: null, orphan: 'not-found' });
    const [listed] = await repository.listHighlights('08ASTANA1', replaced);
    expect(listed?.highlight.selectors[0].exact).toBe(SENTENCE);
    expect(listed?.placed.orphan).toBe('not-found');
  });

  it('follows the cable to a mirror whose paragraphs are numbered differently', async () => {
    const repository = await openRepository();
    await repository.addHighlight(input, rangeOf('3', SENTENCE), { colour: 'yellow' });
    const other = makeDocument('08ASTANA1', ['A banner the other mirror adds.', ...PARAGRAPHS]);
    const [listed] = await repository.listHighlights('08ASTANA1', other.blocks);
    expect(listed?.placed).toMatchObject({ blockKey: '4', orphan: null });
  });

  it('changes colour, note and tags, deletes with undo, and counts tags', async () => {
    const repository = await openRepository();
    const made = await repository.addHighlight(input, rangeOf('3', SENTENCE), {
      colour: 'yellow',
      tags: ['a'],
    });
    await repository.addHighlight(input, rangeOf('2', 'parliament insists on a review'), {
      colour: 'yellow',
      tags: ['A', 'pricing'],
    });
    const updated = await repository.updateHighlight(made.id, {
      colour: 'purple',
      note: 'Later.',
      tags: ['b'],
    });
    expect(updated).toMatchObject({ colour: 'purple', note: 'Later.', tags: ['b'] });
    expect(updated.updatedAt).toBeGreaterThan(made.updatedAt);
    expect(await repository.tags()).toEqual([
      { tag: 'A', count: 1 },
      { tag: 'b', count: 1 },
      { tag: 'pricing', count: 1 },
    ]);
    const removed = await repository.deleteHighlight(made.id);
    expect((await repository.listHighlights('08ASTANA1')).map((h) => h.highlight.id)).toEqual(['h-2']);
    await repository.restoreHighlight(removed);
    expect((await repository.listHighlights('08ASTANA1')).map((h) => h.highlight.id)).toEqual(['h-2', 'h-1']);
    await expect(repository.updateHighlight('nope', { note: '' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('goes through the JSON backup and back without loss', async () => {
    const repository = await openRepository();
    await repository.addHighlight(input, rangeOf('3', SENTENCE), { colour: 'blue', note: 'N', tags: ['t'] });
    const file = await exportJson(repository, 1_700_000_100_000);
    const other = await openRepository();
    const report = await importJson(other, file);
    expect(report.highlights).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await other.listHighlights('08ASTANA1')).toEqual(await repository.listHighlights('08ASTANA1'));
    expect((await importJson(other, file)).highlights).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });
});

describe('cleanTags', () => {
  it('trims, collapses spaces and drops case-insensitive repeats, keeping the first spelling', () => {
    expect(cleanTags([' Follow  up', 'follow up', '', 'key fact'])).toEqual(['Follow up', 'key fact']);
  });

  it('refuses an oversized tag or too many tags', () => {
    expect(() => cleanTags(['x'.repeat(61)])).toThrow(/at most 60/);
    expect(() => cleanTags(Array.from({ length: 21 }, (_, i) => `t${i}`))).toThrow(/at most 20/);
  });
});
