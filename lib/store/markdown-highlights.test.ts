import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { cableText, findBlock } from './anchoring';
import { exportMarkdown } from './markdown';

describe('Markdown export of highlights', () => {
  it('groups them by cable and paragraph with the quote, colour label, tags, note and citation', async () => {
    const repository = await tickingRepository({ label: 'md-hl' });
    const doc = makeDocument('09OSLO7', PARAGRAPHS, {
      subject: 'Fish',
      date: '2009-02-03',
      origin: 'Embassy Oslo',
    });
    const input = cableInput(doc, 'https://mirror.example/cable/09OSLO7.html');
    const text = cableText(doc);
    const at = (key: string, phrase: string) => {
      const start = text.text.indexOf(phrase, findBlock(text, key)?.start ?? 0);
      return { start, end: start + phrase.length };
    };
    await repository.addHighlight(input, at('5', 'state television did not mention the tender'), {
      colour: 'blue',
      tags: ['media'],
      note: 'Why *not*?',
    });
    await repository.addHighlight(input, at('2', 'parliament insists on a review'), { colour: 'yellow' });
    const markdown = await exportMarkdown(repository, Date.UTC(2024, 4, 1));
    expect(markdown).toContain('## Fish (09OSLO7)');
    const section = markdown.slice(markdown.indexOf('Highlights:'));
    expect(section).toBe(
      [
        'Highlights:',
        '',
        '### ¶ 2',
        '',
        '> parliament insists on a review',
        '',
        '*Key fact*',
        'Cite: Embassy Oslo, "Fish", cable 09OSLO7, 2009-02-03, para. 2, <https://mirror.example/cable/09OSLO7.html#par2>',
        '',
        '### ¶ 5',
        '',
        '> state television did not mention the tender',
        '',
        '*Follow up*',
        'Tags: media',
        '- Why \\*not\\*?',
        'Cite: Embassy Oslo, "Fish", cable 09OSLO7, 2009-02-03, para. 5, <https://mirror.example/cable/09OSLO7.html#par5>',
        '',
      ].join('\n'),
    );
    repository.close();
  });
});
