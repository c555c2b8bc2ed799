import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { buildMarkdown, escapeMarkdown, exportMarkdown } from './markdown';

async function filled() {
  const repository = await tickingRepository({ label: 'markdown' });
  const astana = makeDocument('08ASTANA1', PARAGRAPHS, {
    subject: 'Pipeline [tender] *reopened*',
    date: '2008-06-10',
    origin: 'Embassy Astana',
  });
  await repository.addBookmark(cableInput(astana, 'https://mirror.example/cable (1)/08ASTANA1'), '3');
  await repository.addBookmark(cableInput(astana), '1');
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: '08ASTANA1#3',
    text: '<img src=x onerror=alert(1)>',
  });
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: '08ASTANA1#3',
    text: 'line one\n# not a heading',
  });
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: null,
    text: 'On the whole cable',
    tags: ['energy', 'follow *up*'],
  });
  return repository;
}

describe('Markdown export', () => {
  it('gives each cable a heading and link, then each bookmarked paragraph quoted with its notes', async () => {
    const repository = await filled();
    const markdown = await exportMarkdown(repository, Date.UTC(2024, 4, 1));
    expect(markdown).toBe(
      [
        '# Cable Reader bookmarks',
        '',
        'Exported 2024-05-01: 1 cable, 2 bookmarks, 3 notes.',
        '',
        '## Pipeline \\[tender\\] \\*reopened\\* (08ASTANA1)',
        '',
        '[mirror.example](<https://mirror.example/cable/08ASTANA1>) · CONFIDENTIAL · 2008-06-10 · Embassy Astana',
        '',
        'Notes on the cable:',
        '',
        '- On the whole cable',
        '  Tags: energy, follow \\*up\\*',
        '',
        `> **¶ 1** (C) ${PARAGRAPHS[0]}`,
        '',
        `> **¶ 3** (C) ${PARAGRAPHS[2]}`,
        '',
        '- &lt;img src=x onerror=alert(1)&gt;',
        '- line one',
        '  \\# not a heading',
        '',
      ].join('\n'),
    );
    repository.close();
  });

  it('links only to http(s) pages, with characters that would end the link encoded', () => {
    const base = { subject: 's', classification: null, level: null, origin: null, date: null, updatedAt: 1 };
    const bookmark = {
      id: '1A#1',
      cableId: '1A',
      blockKey: '1',
      label: '1',
      marking: null,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
      orphan: null,
      createdAt: 1,
      updatedAt: 1,
    } as const;
    const build = (url: string) =>
      buildMarkdown(
        {
          cables: [{ ...base, id: '1A', urls: [{ url, site: 'x', lastSeen: 1 }] }],
          snapshots: [],
          bookmarks: [{ ...bookmark, selectors: [...bookmark.selectors] }],
          notes: [],
        },
        0,
      );
    expect(build('javascript:alert(1)')).not.toContain('javascript:');
    expect(build('https://a.example/p(1)>')).toContain('(<https://a.example/p%281%29%3E>)');
  });

  it('escapes Markdown and HTML in reader text', () => {
    expect(escapeMarkdown('<b>*x*</b> & [y](z) `c`')).toBe(
      '&lt;b&gt;\\*x\\*&lt;/b&gt; &amp; \\[y\\](z) \\`c\\`',
    );
  });
});
