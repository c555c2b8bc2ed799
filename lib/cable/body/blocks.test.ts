import { describe, expect, it } from 'vitest';
import { segmentBody } from './blocks';

const rows = (body: string) =>
  segmentBody(body).blocks.map((b) => [b.kind, b.key, b.number, b.marking, b.text, b.parent] as const);
const paragraphs = (body: string) =>
  segmentBody(body)
    .blocks.filter((b) => b.kind === 'paragraph')
    .map((b) => `${b.number}${b.marking ? ` ${b.marking}` : ''}`);
const textOf = (body: string, key: string) => segmentBody(body).blocks.find((b) => b.key === key)?.text;

const WRAPPED = [
  '1. (U) The delegation met the trade minister on Tuesday to',
  'review the draft agreement and the schedule for the next',
  'round of talks.',
  '',
  '2. (C) The minister said his government wanted the text',
  'signed before the summit in March.',
].join('\n');

describe('numbered paragraphs', () => {
  it('reads labels and markings and reflows the wrapped text', () => {
    expect(rows(WRAPPED)).toEqual([
      [
        'paragraph',
        '1',
        '1',
        'U',
        'The delegation met the trade minister on Tuesday to review the draft agreement and the schedule for the next round of talks.',
        null,
      ],
      [
        'paragraph',
        '2',
        '2',
        'C',
        'The minister said his government wanted the text signed before the summit in March.',
        null,
      ],
    ]);
  });

  it('keeps a date at a line start inside the paragraph', () => {
    const body = [
      '3. (C) The ministry sent its reply to the embassy on March',
      '',
      '12. The reply said that talks would resume in May.',
      '',
      '4. (C) Next.',
    ].join('\n');
    expect(paragraphs(body)).toEqual(['3 C', '4 C']);
    expect(textOf(body, '3')).toContain('on March 12. The reply said');
  });

  it('takes the next number after a line that does not end a sentence when a blank line and marking follow', () => {
    const body = '1. (S) The talks opened on 15 April\n\n2. (S) The second round opened later.';
    expect(paragraphs(body)).toEqual(['1 S', '2 S']);
  });

  it('leaves years, resolution numbers and decimals at a line start in the text', () => {
    const body = [
      '1. (C) The Council adopted resolutions 1701 and',
      '1757. The vote was held in',
      '2007. Turnout rose by',
      '12.5 percent over the year.',
    ].join('\n');
    expect(paragraphs(body)).toEqual(['1 C']);
    expect(textOf(body, '1')).toBe(
      'The Council adopted resolutions 1701 and 1757. The vote was held in 2007. Turnout rose by 12.5 percent over the year.',
    );
  });

  it('keeps skipped, repeated and restarted labels as written, with unique keys', () => {
    const body = [
      '1. (U) One.',
      '2. (U) Two.',
      '4. (U) Four.',
      '4. (U) Four again.',
      '5. (U) Five.',
      '',
      '1. (U) One again.',
    ].join('\n\n');
    expect(segmentBody(body).blocks.map((b) => b.key)).toEqual(['1', '2', '4', '4-2', '5', '1-2']);
  });

  it('splits paragraphs run together on one line', () => {
    const body = '1. (C) We will send next steps. 2. (S//NF) The minister agreed. 3. (C) He left.';
    expect(rows(body).map((r) => [r[2], r[3], r[4]])).toEqual([
      ['1', 'C', 'We will send next steps.'],
      ['2', 'S//NF', 'The minister agreed.'],
      ['3', 'C', 'He left.'],
    ]);
  });

  it('reads flattened labels without a space', () => {
    expect(paragraphs('1.(U) One.\n\n2.(C) Two.\n\n3.Request answers by Friday.')).toEqual([
      '1 U',
      '2 C',
      '3',
    ]);
  });

  it('reads a marking that wraps onto the next line', () => {
    const body = '4. (S//REL TO USA,\nGBR) The minister agreed to the plan.';
    expect(rows(body)).toEqual([
      ['paragraph', '4', '4', 'S//REL TO USA, GBR', 'The minister agreed to the plan.', null],
    ]);
  });

  it('reads a lower-case (c) after a number as a marking', () => {
    expect(paragraphs('5. (c) The talks ended.')).toEqual(['5 C']);
  });
});

describe('sub-paragraphs and lists', () => {
  it('nests lettered items, roman items and dash items under their paragraph', () => {
    const body = [
      '3. (C) The plan has three parts:',
      '',
      'A. Trade. The first part covers tariffs.',
      '',
      'i. Tariffs on grain.',
      '',
      'ii. Tariffs on steel.',
      '',
      'B. Transport. The second part covers ports.',
      '-- Port fees will fall.',
      '-- Port hours will grow.',
    ].join('\n');
    expect(rows(body).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['paragraph', '3', null],
      ['subparagraph', '3.A', '3'],
      ['subparagraph', '3.A.i', '3.A'],
      ['subparagraph', '3.A.ii', '3.A'],
      ['subparagraph', '3.B', '3'],
      ['list-item', '3.B.l1', '3.B'],
      ['list-item', '3.B.l2', '3.B'],
    ]);
  });

  it('reads (a), (b), (c) as a run of labels, not (c) as a marking', () => {
    const body = '9. (S) Posts should weigh:\n\n(a) security;\n(b) cost;\n(c) timing; and\n(d) the law.';
    const blocks = segmentBody(body).blocks;
    expect(blocks.map((b) => [b.number, b.marking])).toEqual([
      ['9', 'S'],
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', null],
    ]);
  });

  it('does not open an item at a dash that continues a sentence in wrapped text', () => {
    const body = [
      '1. (U) The minister said that his government wanted a trade',
      'deal signed this year, and that he would press the other',
      'members of the cabinet to support the deal with the Americans',
      '- and with the Canadians - before the summit.',
      '-- Ports: fees will fall.',
    ].join('\n');
    expect(rows(body).map((r) => r[0])).toEqual(['paragraph', 'list-item']);
    expect(rows(body)[0]?.[4]).toContain('Americans - and with the Canadians - before');
  });

  it('does not open an item at a single dash that goes on with a sentence broken off on a short line', () => {
    const body = [
      '1. THE MINISTER SAID HIS GOVERNMENT WOULD ACCEPT THE PROPOSAL IN',
      'PRINCIPLE',
      '- THOUGH NOT ITS DETAILS - AND WOULD REPLY IN WRITING.',
      '',
      '2. THE MINISTER MADE TWO POINTS:',
      '- FIRST, THE TALKS MUST GO ON',
      '- SECOND, THE FLEET MUST STAY.',
      '',
      '3. (U) The delegations were:',
      '',
      'Ministry of Fisheries',
      '- Jane Roe, Director',
      '',
      'Coast Guard (if present)',
      '- John Doe, Captain',
    ].join('\n');
    expect(rows(body).map((r) => [r[0], r[4]])).toEqual([
      [
        'paragraph',
        'THE MINISTER SAID HIS GOVERNMENT WOULD ACCEPT THE PROPOSAL IN PRINCIPLE - THOUGH NOT ITS DETAILS - AND WOULD REPLY IN WRITING.',
      ],
      ['paragraph', 'THE MINISTER MADE TWO POINTS:'],
      ['list-item', 'FIRST, THE TALKS MUST GO ON'],
      ['list-item', 'SECOND, THE FLEET MUST STAY.'],
      ['paragraph', 'The delegations were:'],
      ['text', 'Ministry of Fisheries'],
      ['list-item', 'Jane Roe, Director'],
      ['text', 'Coast Guard (if present)'],
      ['list-item', 'John Doe, Captain'],
    ]);
  });

  it('opens an item at a dash alone on its line, its words on the next line', () => {
    const body = [
      '1. (U) The minister made two points:',
      '',
      '-- Ports will open to the fleet in',
      'the spring.',
      '',
      '--',
      'Fees at the ports will fall by half.',
      '',
      '--',
      '',
      '2. (U) Next.',
    ].join('\n');
    expect(rows(body).map((r) => [r[0], r[4]])).toEqual([
      ['paragraph', 'The minister made two points:'],
      ['list-item', 'Ports will open to the fleet in the spring.'],
      ['list-item', 'Fees at the ports will fall by half.'],
      ['text', '--'],
      ['paragraph', 'Next.'],
    ]);
  });

  it('does not take inline enumerations for labels', () => {
    const body = '1. (U) He named three paths: 1) a deal; 2) a delay; and 3) a walkout.';
    expect(rows(body)).toHaveLength(1);
  });
});

describe('headings', () => {
  it('reads framed, underlined, inline and spaced-dash headings', () => {
    const body = [
      '-------',
      'Summary',
      '-------',
      '',
      '1. (C) One.',
      '',
      'Trade Issues',
      '------------',
      '',
      '2. (C) Two.',
      '',
      '---- Next Steps ----',
      '',
      '3. (C) Three.',
      '',
      'Ports and Shipping:',
      '- - - - - - -',
      '',
      '4. (C) Four.',
      '',
      'Fisheries and the Coast',
      '-------- --- --- --- -- --',
      '-- -- --- -',
      '',
      '5. (C) Five.',
    ].join('\n');
    expect(
      segmentBody(body)
        .blocks.filter((b) => b.kind === 'heading')
        .map((b) => b.text),
    ).toEqual(['Summary', 'Trade Issues', 'Next Steps', 'Ports and Shipping:', 'Fisheries and the Coast']);
    expect(segmentBody(body).blocks.some((b) => b.text.includes('--'))).toBe(false);
  });

  it('reads a title line between blank lines, even after an unfinished sentence', () => {
    const body = '1. (U) The text ends without a\n\nLabor Rights\n\n\n2. (SBU) The law changed.';
    expect(rows(body).map((r) => [r[0], r[4]])).toEqual([
      ['paragraph', 'The text ends without a'],
      ['heading', 'Labor Rights'],
      ['paragraph', 'The law changed.'],
    ]);
  });

  it('keeps a field with a figure for its value as text, wrapped or on one line, so a `N)` run goes on', () => {
    // The first read joins the wrapped field into one line; read again, that line must not become a title.
    const wrapped = '1. (U) Ports:\n\n1) Harbours.\n\nTier Ranking for PORT\nLagos: 3\n\n2) Airports.';
    const oneLine = '1. (U) Ports:\n\n1) Harbours.\n\nTier Ranking for PORT Lagos: 3\n\n2) Airports.';
    const shape = (body: string) => rows(body).map((r) => [r[0], r[2], r[4]]);
    expect(shape(wrapped)).toEqual([
      ['paragraph', '1', 'Ports:'],
      ['subparagraph', '1', 'Harbours.'],
      ['text', null, 'Tier Ranking for PORT Lagos: 3'],
      ['subparagraph', '2', 'Airports.'],
    ]);
    expect(shape(oneLine)).toEqual(shape(wrapped));
  });

  it('reads marked headings and roman part titles with their marking', () => {
    const body = 'Intro text.\n\n(U) Border Crossings\n\nA. Yes.\n\nII. (S) Regional Security\n\nA. No.';
    expect(
      rows(body)
        .filter((r) => r[0] === 'heading')
        .map((r) => [r[2], r[3], r[4]]),
    ).toEqual([
      [null, 'U', 'Border Crossings'],
      ['II', 'S', 'Regional Security'],
    ]);
  });

  it('joins a title underlined line by line', () => {
    const body =
      'Minister of Trade and\n---------------------\nIndustry ) Jane Roe\n-------------------\n\n5. (U) Text.';
    expect(
      rows(body)[0]
        ?.slice(0, 1)
        .concat(rows(body)[0]?.[4] ?? ''),
    ).toEqual(['heading', 'Minister of Trade and Industry -- Jane Roe']);
  });
});

describe('text, redactions, spans and the signature', () => {
  it('closes blank lines inside a sentence and keeps unnumbered paragraphs under their paragraph', () => {
    const body =
      '2. (U) The officials met in the office of the\n\nministry to talk.\n\nThey agreed on a date.';
    expect(rows(body)).toEqual([
      ['paragraph', '2', '2', 'U', 'The officials met in the office of the ministry to talk.', null],
      ['text', '2.t1', null, null, 'They agreed on a date.', '2'],
    ]);
  });

  it('makes a line that is only a redaction a block of its own', () => {
    expect(rows('1. (S) He met:\n\nXXXXXXXXXXXX\n\nThey talked.').map((r) => r[0])).toEqual([
      'paragraph',
      'redaction',
      'text',
    ]);
  });

  it('marks summary and comment spans in the block text', () => {
    const { blocks } = segmentBody(
      '1. (C) Summary: Talks went well. End Summary.\n\n2. (C) Comment: Doubtful. End Comment.',
    );
    expect(blocks.map((b) => b.spans.map((s) => s.kind))).toEqual([['summary'], ['comment']]);
  });

  it('takes the signature alone on the last line or glued after the last sentence', () => {
    expect(segmentBody('1. (U) Text.\n\nHARRISON').signature).toBe('HARRISON');
    expect(segmentBody('1. (U) Text ends here.\nDE LA CRUZ').signature).toBe('DE LA CRUZ');
    const glued = segmentBody('1. (U) Minimize considered. MORROW');
    expect(glued.signature).toBe('MORROW');
    expect(glued.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Minimize considered.'],
      ['signature', 'MORROW'],
    ]);
    expect(segmentBody('1. (U) Contact Thomas R.\nLyle').signature).toBeNull();
  });

  it('drops the end-of-message tail after the signature', () => {
    const { blocks, signature } = segmentBody('1. (U) Text.\n\nMORROW\n\nNNNN\n\nEnd Cable Text');
    expect(signature).toBe('MORROW');
    expect(blocks.map((b) => b.text)).toEqual(['Text.', 'MORROW']);
  });

  it('gives each block its range in the body', () => {
    const body = 'Intro.\n\n1. (U) First.';
    const { ranges } = segmentBody(body);
    expect(ranges.map((r) => body.slice(r.start, r.end))).toEqual(['Intro.', '1. (U) First.']);
  });
});
