import { describe, expect, it } from 'vitest';
import {
  cablegatesearchLayout,
  genericDivLayout,
  newsArticlePage,
  plusdLayout,
} from '../../tests/fixtures/layouts';
import {
  SAMPLE_BODY,
  SAMPLE_CABLEGATESEARCH_PAGE,
  SAMPLE_ID,
  SAMPLE_PLUSD_PAGE,
} from '../../tests/fixtures/sample-cable';
import { parseCableText } from '../cable';
import { loadCable } from './load-cable';
import type { Input } from './read-input';

const input = (name: string, content: string): Input => ({
  name,
  path: name === '-' ? null : `/saved/${name}`,
  content,
});

describe('loadCable', () => {
  it('finds a known layout in a saved page by its structure, with the same adapters as the browser', () => {
    const page = cablegatesearchLayout(SAMPLE_CABLEGATESEARCH_PAGE);
    const loaded = loadCable(input('saved-page.html', page));
    expect(loaded.ok && loaded.site).toBe('cablegatesearch');
    expect(loaded.ok && loaded.cable.id).toBe(SAMPLE_ID);
  });

  it('recognises a PlusD page saved under any name', () => {
    const page = plusdLayout(SAMPLE_PLUSD_PAGE);
    const loaded = loadCable(input('download (3).htm', page));
    expect(loaded.ok && loaded.site).toBe('plusd');
  });

  it('falls back to the generic detector for an unknown layout', () => {
    const loaded = loadCable(input('-', genericDivLayout(SAMPLE_BODY)));
    expect(loaded.ok && loaded.site).toBe('generic');
    expect(loaded.ok && loaded.cable).toEqual(parseCableText(SAMPLE_BODY));
  });

  it('reads a plain text and a cablesearch.org answer', () => {
    const text = loadCable(input('cable.txt', SAMPLE_BODY));
    expect(text.ok && text.kind).toBe('text');
    expect(text.ok && text.cable).toEqual(parseCableText(SAMPLE_BODY));
    const answer = JSON.stringify({
      items: [{ id: SAMPLE_ID, date: '2009-03-14 12:00:00', text: SAMPLE_BODY }],
    });
    const fromAnswer = loadCable(input('answer.json', answer));
    expect(fromAnswer.ok && fromAnswer.cable.id).toBe(SAMPLE_ID);
  });

  it('takes the id from the file name only when the text cannot name itself', () => {
    const bare = SAMPLE_BODY.replace(/^C O N F I D E N T I A L.*\n/, '');
    expect(loadCable(input('09ZEMBLA123.txt', SAMPLE_BODY))).toMatchObject({ ok: true });
    const named = loadCable(input('09ZEMBLA123.txt', bare));
    expect(named.ok && named.cable.id).toBe('09ZEMBLA123');
    const unnamed = loadCable(input('cable.txt', bare));
    expect(unnamed.ok && unnamed.cable.id).toBeNull();
  });

  it('reads a file with no markup at all as text, whatever its name says, and never throws on it', () => {
    const saved = loadCable(input('cable.html', SAMPLE_BODY));
    expect(saved.ok && saved.kind).toBe('text');
    expect(saved.ok && saved.cable).toEqual(parseCableText(SAMPLE_BODY));
    expect(loadCable(input('note.html', 'hello world'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no cable-shaped text/),
    });
    expect(loadCable(input('comment.html', '<!-- nothing here -->'))).toMatchObject({ ok: false });
  });

  it('says why when there is no cable', () => {
    expect(loadCable(input('news.html', newsArticlePage()))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no cable-shaped text/),
    });
    expect(loadCable(input('notes.txt', 'Shopping: bread, milk.\n1. (U) eggs'))).toMatchObject({ ok: false });
    expect(loadCable(input('bad.json', '{"items": ['))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a cablesearch/),
    });
    expect(loadCable(input('empty.html', ' \n'))).toEqual({ ok: false, reason: 'the input is empty' });
  });
});
