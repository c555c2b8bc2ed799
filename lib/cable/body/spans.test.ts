import { describe, expect, it } from 'vitest';
import type { Block } from '../types';
import { markSpans } from './spans';

const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({
  kind,
  key: text.slice(0, 8),
  number: null,
  marking: null,
  markingWritten: null,
  text,
  depth: 0,
  parent: null,
  spans: [],
});

const marked = (blocks: Block[]) => {
  markSpans(blocks);
  return blocks.map((b) => b.spans.map((s) => `${s.kind}:${b.text.slice(s.start, s.end)}`));
};

describe('summary and comment spans', () => {
  it('marks a summary within one block', () => {
    expect(marked([block('Summary: The talks went well. End Summary. Then more.')])).toEqual([
      ['summary:Summary: The talks went well. End Summary.'],
    ]);
  });

  it('marks a span across blocks from BEGIN to END', () => {
    const out = marked([
      block('Intro. BEGIN SUMMARY: first part.'),
      block('Middle part.'),
      block('Last part. END SUMMARY. After.'),
    ]);
    expect(out).toEqual([
      ['summary:BEGIN SUMMARY: first part.'],
      ['summary:Middle part.'],
      ['summary:Last part. END SUMMARY.'],
    ]);
  });

  it('marks a comment opened mid-block and closed later in it', () => {
    expect(marked([block('They agreed. (Comment: We doubt it. End Comment.) Fine.')])).toEqual([
      ['comment:Comment: We doubt it. End Comment.)'],
    ]);
  });

  it('marks an opener without closer to the end of its block', () => {
    expect(marked([block('Comment: We doubt it.'), block('Other text.')])).toEqual([
      ['comment:Comment: We doubt it.'],
      [],
    ]);
  });

  it('marks a closer without opener from the start of its block', () => {
    expect(marked([block('On Monday the talks went well. End summary.')])).toEqual([
      ['summary:On Monday the talks went well. End summary.'],
    ]);
  });

  it('opens a span under a Summary or Comment heading', () => {
    const out = marked([
      block('Comment', 'heading'),
      block('We doubt it.'),
      block('Still doubtful.'),
      block('Next', 'heading'),
      block('Plain.'),
    ]);
    expect(out).toEqual([[], ['comment:We doubt it.'], ['comment:Still doubtful.'], [], []]);
  });

  it('opens a summary under a SUMMARY AND ... heading, Summary and Comment included', () => {
    const out = marked([
      block('SUMMARY AND TABLE OF CONTENTS', 'heading'),
      block('First part.'),
      block('Last part. END SUMMARY.'),
      block('Summary and Comment', 'heading'),
      block('Both. End Summary and Comment.'),
    ]);
    expect(out).toEqual([
      [],
      ['summary:First part.'],
      ['summary:Last part. END SUMMARY.'],
      [],
      ['summary:Both. End Summary and Comment.'],
    ]);
  });

  it('leaves ordinary uses of the words alone', () => {
    expect(marked([block('In summary, the comment period ended.')])).toEqual([[]]);
  });
});
