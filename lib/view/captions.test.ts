import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import type { Block } from '../cable/types';
import { captionKeys } from './captions';

function summary(key: string, text: string): Block {
  return block({ key, text, spans: [{ kind: 'summary', start: 0, end: text.length }] });
}

function heading(key: string, text: string): Block {
  return block({ key, text, kind: 'heading', number: null });
}

describe('summary and comment captions', () => {
  it('captions the first block of a summary run only', () => {
    const blocks = [
      summary('1', 'The talks stalled.'),
      summary('2', 'Both sides blame the other.'),
      block({ key: '3' }),
    ];
    expect([...captionKeys(blocks)]).toEqual(['1']);
  });

  it('leaves out the caption when a heading right before already says Summary', () => {
    const blocks = [heading('h1', 'Summary'), summary('2', 'The talks stalled.')];
    expect([...captionKeys(blocks)]).toEqual([]);
  });

  it('keeps the caption under a heading about something else', () => {
    const blocks = [heading('h1', 'Background'), summary('2', 'The talks stalled.')];
    expect([...captionKeys(blocks)]).toEqual(['2']);
  });
});
