import { describe, expect, it } from 'vitest';
import { parseCableText } from '../parse';

// Invented cables in the shape of the real ones (the summary forms cablemap's summary tests and the corpus show).
const HEAD = `C O N F I D E N T I A L FOOBAR 000123

SIPDIS

E.O. 12958: DECL: 01/02/2019
TAGS: PGOV PREL XX
SUBJECT: THE HARBOUR PLAN

Classified By: Ambassador A. Person for reasons 1.4 (b) and (d).

`;

const summaryOf = (body: string) => parseCableText(`${HEAD}${body}`).meta.summary;

describe('meta.summary', () => {
  it.each([
    [
      'an unnumbered SUMMARY block before paragraph 1',
      'SUMMARY: The minister agreed to the plan.\nEND SUMMARY.\n\n1. (C) On Tuesday the minister met us.\n',
      'The minister agreed to the plan.',
    ],
    [
      'BEGIN SUMMARY over two paragraphs to END SUMMARY',
      'BEGIN SUMMARY: The port opens in May.\n\nThe tender follows in June. END SUMMARY.\n\n1. (C) Details follow.\n',
      'The port opens in May. The tender follows in June.',
    ],
    [
      'a marked first paragraph that opens with its summary',
      '1. (C) SUMMARY: The talks went well. END SUMMARY.\n\n2. (C) The talks began at nine.\n',
      'The talks went well.',
    ],
    [
      'a summary over several numbered paragraphs',
      '1. (S) SUMMARY: First point.\n\n2. (C) Second point.\n\n3. (C) Third point. END SUMMARY.\n\n4. (C) Other matters.\n',
      'First point. Second point. Third point.',
    ],
    [
      'Summary and Comment, closed by its own closer',
      '1. (C) Summary and Comment: Unrest goes on in the north. End Summary and Comment.\n\n2. (C) More.\n',
      'Unrest goes on in the north.',
    ],
    [
      'Summary and Action Request with a full stop',
      '1. (U) Paragraph 3 holds an action request.\n\n2. (C) Summary and Action Request. The minister asks for help. End Summary and Action Request.\n\n3. (C) The request.\n',
      'The minister asks for help.',
    ],
    [
      'a Summary heading over the paragraph that ends it',
      'SUMMARY\n-------\n\n1. (C) The chancellor spoke for an hour.\nEnd Summary.\n\nTHE NEXT PART\n-------------\n\n2. (C) More.\n',
      'The chancellor spoke for an hour.',
    ],
    [
      'a SUMMARY AND INTRODUCTION heading over two paragraphs, closed by END SUMMARY AND INTRODUCTION',
      '1. (SBU) This is the first of three messages.\n\nSUMMARY AND INTRODUCTION\n------------------------\n\n2. (C) The president has lost support.\n\n3. (C) His party is split. END SUMMARY AND INTRODUCTION.\n\n4. (C) More.\n',
      'The president has lost support. His party is split.',
    ],
    [
      'a marking written after the label',
      '1. Summary: (SBU) The ministry wants more time. End Summary\n\n2. (SBU) More.\n',
      'The ministry wants more time.',
    ],
    [
      'Summary with a full stop, closed in lower case',
      '1. (C) Summary. During separate meetings both sides agreed. End summary.\n\n2. (C) More.\n',
      'During separate meetings both sides agreed.',
    ],
    [
      'a closer with no opener: its paragraph is the summary',
      '1. (C) The minister told us the plan is dead. END SUMMARY.\n\n2. (C) More.\n',
      'The minister told us the plan is dead.',
    ],
    [
      "a second paragraph that says SUMMARY (CONT'D)",
      "1. (S) SUMMARY: The talks began.\n\n2. (S) SUMMARY (CONT'D): They ended well. End Summary.\n\n3. (S) More.\n",
      'The talks began. They ended well.',
    ],
    [
      'a paragraph number typed twice before the label',
      '1. 1. Summary and comment: The trend is bad. End summary and comment.\n\n2. More.\n',
      'The trend is bad.',
    ],
    [
      'Summary and Background, closed by End Summary',
      '1. (S/NF) Summary and Background: The pact still holds.\nEnd Summary.\n\n2. (C) More.\n',
      'The pact still holds.',
    ],
    [
      'a comment inside the summary, closed by End comment and summary',
      '1. (C) Summary: The pact still holds. Comment: It will not last. End\ncomment and summary.\n\n2. (C) More.\n',
      'The pact still holds. Comment: It will not last.',
    ],
    [
      'a closer split over a blank line',
      '1. (C) Summary and Action Request. The general wants helicopters. End\n\nSummary and Action Request.\n\n2. (C) More.\n',
      'The general wants helicopters.',
    ],
    [
      'END SUMMARY split over two lines',
      '1. (S) SUMMARY: The port is closed. END\nSUMMARY.\n\n2. (S) More.\n',
      'The port is closed.',
    ],
  ])('%s', (_what, body, expected) => {
    expect(summaryOf(body)).toBe(expected);
  });

  it.each([
    ['no summary at all', '1. (C) The minister met us.\n\n2. (C) More.\n'],
    ['the word in prose', '1. (C) In summary, the minister said nothing new.\n'],
  ])('is null for %s', (_what, body) => {
    expect(summaryOf(body)).toBeNull();
  });
});
