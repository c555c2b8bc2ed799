import { describe, expect, it } from 'vitest';
import type { Span } from '../cable/types';
import { cutSegments, type Segment, segmentText, wholeSpan } from './text-segments';

const join = (text: string, spans: Parameters<typeof segmentText>[1]) =>
  segmentText(text, spans)
    .map((s) => s.text)
    .join('');

describe('segmentText', () => {
  it('keeps plain text as one run', () => {
    expect(segmentText('Plain words.', [])).toEqual([{ text: 'Plain words.', span: null, redacted: false }]);
  });

  it('marks redactions, alone or inside words of punctuation', () => {
    expect(segmentText('Met XXXXXXXXXXXX, who said', [])).toEqual([
      { text: 'Met ', span: null, redacted: false },
      { text: 'XXXXXXXXXXXX', span: null, redacted: true },
      { text: ', who said', span: null, redacted: false },
    ]);
  });

  it('marks redactions in lower case and glued to the word before', () => {
    const redacted = (text: string) =>
      segmentText(text, [])
        .filter((s) => s.redacted)
        .map((s) => s.text);
    expect(redacted('Met xxxxxxxxxxxx today')).toEqual(['xxxxxxxxxxxx']);
    expect(redacted('our contactXXXXXXXXXXXX said, and (xxxxxx).')).toEqual(['XXXXXXXXXXXX', 'xxxxxx']);
    expect(
      segmentText('our contactXXXXXXXXXXXX said', [])
        .map((s) => s.text)
        .join(''),
    ).toBe('our contactXXXXXXXXXXXX said');
  });

  it('leaves words and numerals with X alone', () => {
    const text = 'XXX Games, Xerxes, EXXON, XXXXth';
    expect(segmentText(text, []).some((s) => s.redacted)).toBe(false);
  });

  it('cuts summary and comment spans, with redactions inside them', () => {
    const text = 'Before. Comment: XXXXX is right. End Comment. After.';
    const start = text.indexOf('Comment:');
    const end = text.indexOf(' After.');
    const segments = segmentText(text, [{ kind: 'comment', start, end }]);
    expect(segments.map((s) => [s.text, s.span, s.redacted])).toEqual([
      ['Before. ', null, false],
      ['Comment: ', 'comment', false],
      ['XXXXX', 'comment', true],
      [' is right. End Comment.', 'comment', false],
      [' After.', null, false],
    ]);
  });

  it('gives back every character whatever the spans say', () => {
    const text = 'Summary: short. Rest.';
    expect(
      join(text, [
        { kind: 'summary', start: -5, end: 9 },
        { kind: 'comment', start: 5, end: 500 },
      ]),
    ).toBe(text);
    expect(join(text, [{ kind: 'summary', start: 30, end: 40 }])).toBe(text);
  });
});

describe('wholeSpan', () => {
  it('names the span that covers the whole block', () => {
    expect(wholeSpan('abc', [{ kind: 'summary', start: 0, end: 3 }])).toBe('summary');
    expect(wholeSpan('abc', [{ kind: 'summary', start: 1, end: 3 }])).toBeNull();
  });
});

describe('cutSegments', () => {
  const segments = segmentText('The deal is worth USD 3.1 million. XXXXXX said so.', [
    { kind: 'summary', start: 0, end: 34 },
  ]);
  const texts = (runs: Segment[][]) => runs.map((run) => run.map((s) => s.text));

  it('cuts inside a segment and keeps each piece’s span and redaction', () => {
    const runs = cutSegments(segments, [22]);
    expect(texts(runs)).toEqual([['The deal is worth USD '], ['3.1 million.', ' ', 'XXXXXX', ' said so.']]);
    expect(runs[1]?.[0]?.span).toBe('summary');
    expect(runs[1]?.[2]?.redacted).toBe(true);
  });

  it('cuts at segment edges, at several offsets, and past the end', () => {
    expect(texts(cutSegments(segments, [35, 42, 99]))).toEqual([
      ['The deal is worth USD 3.1 million.', ' '],
      ['XXXXXX', ' '],
      ['said so.'],
      [],
    ]);
  });

  it('gives the text back whole', () => {
    const runs = cutSegments(segments, [4, 5, 30]);
    expect(
      runs
        .flat()
        .map((s) => s.text)
        .join(''),
    ).toBe('The deal is worth USD 3.1 million. XXXXXX said so.');
    expect(runs).toHaveLength(4);
  });
});

describe('segmentText with portion markings inside the text', () => {
  const text = 'Summary: they met. (S//NF) XXXXXX spoke. End Summary. Then (C) more.';
  const at = (word: string) => text.indexOf(word);
  const spans: Span[] = [
    { kind: 'summary', start: 0, end: at(' Then') },
    { kind: 'marking', start: at('(S//NF)'), end: at(' XXXXXX'), marking: 'S//NF' },
    { kind: 'marking', start: at('(C)'), end: at(' more'), marking: 'C' },
  ];

  it('gives each marking a run of its own, inside the summary it stands in', () => {
    const segments = segmentText(text, spans);
    expect(segments.map((s) => [s.text, s.span, s.redacted, s.marking ?? null])).toEqual([
      ['Summary: they met. ', 'summary', false, null],
      ['(S//NF)', 'summary', false, 'S//NF'],
      [' ', 'summary', false, null],
      ['XXXXXX', 'summary', true, null],
      [' spoke. End Summary.', 'summary', false, null],
      [' Then ', null, false, null],
      ['(C)', null, false, 'C'],
      [' more.', null, false, null],
    ]);
    expect(join(text, spans)).toBe(text);
  });

  it('never takes a marking for a span over the whole text', () => {
    expect(wholeSpan('(C)', [{ kind: 'marking', start: 0, end: 3, marking: 'C' }])).toBeNull();
  });
});
