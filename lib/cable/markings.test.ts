import { describe, expect, it } from 'vitest';
import {
  classificationLevel,
  highestLevel,
  LEVELS,
  levelOf,
  normalizeMarking,
  readMarking,
} from './markings';

const norm = (s: string, opts?: Parameters<typeof readMarking>[1]) =>
  readMarking(s, opts)?.marking.normalized ?? null;

describe('readMarking: portion markings at a paragraph start', () => {
  it.each([
    ['(U) The embassy', 'U'],
    ['(SBU) The embassy', 'SBU'],
    ['(C) The embassy', 'C'],
    ['(S) The embassy', 'S'],
    ['(S/NF) The embassy', 'S//NF'],
    ['(S//NF) The embassy', 'S//NF'],
    ['(C/NF) The embassy', 'C//NF'],
    ['(C//NF) The embassy', 'C//NF'],
    ['(U//FOUO) The embassy', 'U//FOUO'],
    ['(SBU/NF) The embassy', 'SBU//NF'],
    ['(SBU/N) The embassy', 'SBU//NF'],
    ['(S//FGI//NF) The embassy', 'S//FGI//NF'],
    ['(C/REL NATO) The embassy', 'C//REL NATO'],
    ['(SBU/REL NATO) The embassy', 'SBU//REL NATO'],
    ['(S//REL TO USA, FVEY) The embassy', 'S//REL TO USA, FVEY'],
    ['(S/REL to USA, FVEY) The embassy', 'S//REL TO USA, FVEY'],
    ['(S//REL TO USA, ACGU) The embassy', 'S//REL TO USA, ACGU'],
    ['(S/Rel Narnia) The embassy', 'S//REL NARNIA'],
    ['(S/REL to Ruritania) The embassy', 'S//REL TO RURITANIA'],
    ['(S//REL) The embassy', 'S//REL'],
    [
      '(S//REL NARNIA, RURITANIA, FREEDONIA, SYLDAVIA, BORDURIA, LATVERIA) The',
      'S//REL NARNIA, RURITANIA, FREEDONIA, SYLDAVIA, BORDURIA, LATVERIA',
    ],
    ['(secret//rel narnia) The', 'S//REL NARNIA'],
    ['(confidential) the', 'C'],
    ['(c) The embassy', 'C'],
    ['(C NF) The embassy', 'C//NF'],
    ['(S-NF) The embassy', 'S//NF'],
    ['(C/NOFORN) The embassy', 'C//NF'],
    ['(C - ENTIRE TEXT). The', 'C'],
    ['(UNCLASSIFIED) The', 'U'],
    ['(SECRET//NOFORN) The', 'S//NF'],
    ['(TS) The', 'TS'],
    ['(LOU) The', 'LOU'],
  ])('%s -> %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('skips leading spaces and counts the spaces after the marking', () => {
    const read = readMarking('  (S/NF)   Minister');
    expect(read?.length).toBe('  (S/NF)   '.length);
    expect(read?.marking).toEqual({ normalized: 'S//NF', written: '(S/NF)', level: 'S' });
  });

  it('does not consume the line break after a marking', () => {
    expect(readMarking('(C)\nMinister')?.length).toBe(3);
  });

  it('reads a marking wrapped onto the next line', () => {
    const s = '(S//REL TO USA,\nFVEY) The minister';
    const read = readMarking(s);
    expect(read?.marking.normalized).toBe('S//REL TO USA, FVEY');
    expect(read?.marking.written).toBe('(S//REL TO USA, FVEY)');
    expect(s.slice(read?.length)).toBe('The minister');
    expect(norm('(C/REL\n   NATO) Text')).toBe('C//REL NATO');
  });

  it.each([
    ['SECRET - ENTIRE TEXT. THE MINISTER', 'S', 'SECRET - ENTIRE TEXT'],
    ['CONFIDENTIAL - ENTIRE TEXT', 'C', 'CONFIDENTIAL - ENTIRE TEXT'],
    ['C - ENTIRE TEXT. THE', 'C', 'C - ENTIRE TEXT'],
    ['LIMITED OFFICIAL USE ENTIRE TEXT. THE', 'LOU', 'LIMITED OFFICIAL USE ENTIRE TEXT'],
    ['UNCLASSIFIED--ENTIRE TEXT.', 'U', 'UNCLASSIFIED--ENTIRE TEXT'],
  ])('old style %s', (input, normalized, written) => {
    const read = readMarking(input);
    expect(read?.marking.normalized).toBe(normalized);
    expect(read?.marking.written).toBe(written);
    expect(input.slice(read?.length).startsWith('ENTIRE')).toBe(false);
  });

  it('old style consumes its full stop and following spaces', () => {
    const s = 'SECRET - ENTIRE TEXT.  THE';
    expect(s.slice(readMarking(s)?.length)).toBe('THE');
  });

  it.each([
    '(U.S.) officials',
    '(Iran) Tehran',
    '(China) Beijing',
    '(Comment: the minister',
    '(Comment: the minister said so.)',
    '(a) the first item',
    '(b) the second item',
    '(S/ABC), and others',
    '(CDU) leader',
    '(SPD) leader',
    '(US) dollars',
    '(Sbu) text',
    '(Secret) text',
    '(Secret//rel narnia) text',
    '(secret//NF) text',
    '(UN) Security Council',
    '(S/ZZZ) text',
    'SECRETARY said',
    'Secretly, the',
    'C - the entire text',
    '',
    '()',
    '(    )',
    'The minister (S) said',
  ])('%s is not a marking', (input) => {
    expect(readMarking(input)).toBeNull();
  });

  it('(c) is a label inside an (a), (b) run when the caller says so', () => {
    expect(norm('(c) the third item', { lowercaseC: false })).toBeNull();
    expect(norm('(C) the minister', { lowercaseC: false })).toBe('C');
    expect(norm('(c) the minister', { lowercaseC: true })).toBe('C');
  });

  it('labelRun refuses every bare one-letter form but keeps compound markings', () => {
    for (const s of ['(c) x', '(C) x', '(s) x', '(S) x', '(u) x', '(U) x'])
      expect(readMarking(s, { labelRun: true })).toBeNull();
    expect(norm('(S/NF) x', { labelRun: true })).toBe('S//NF');
    expect(norm('(SBU) x', { labelRun: true })).toBe('SBU');
  });

  it('does not wrap across more than one line break or over-long insides', () => {
    expect(readMarking('(S//REL TO\n\nFVEY) x')).toBeNull();
    expect(readMarking(`(S//REL TO ${'A'.repeat(120)}) x`)).toBeNull();
  });

  it('stays cheap on a huge line that starts with a parenthesis', () => {
    expect(readMarking(`(${'x'.repeat(1_000_000)}`)).toBeNull();
    expect(readMarking(`(S) ${'x'.repeat(1_000_000)}`)?.length).toBe(4);
  });
});

describe('normalizeMarking', () => {
  it('normalises the inside of a marking', () => {
    expect(normalizeMarking('S/NF')?.normalized).toBe('S//NF');
    expect(normalizeMarking(' c ')?.normalized).toBe('C');
    expect(normalizeMarking('SBU//NOFORN')?.normalized).toBe('SBU//NF');
    expect(normalizeMarking('U//FOR OFFICIAL USE ONLY')?.normalized).toBe('U//FOUO');
    expect(normalizeMarking('S//FGI DEU//NF')?.normalized).toBe('S//FGI DEU//NF');
    expect(normalizeMarking('S//NF//ORCON')?.normalized).toBe('S//NF//ORCON');
  });

  it('gives the level, with LOU counted as SBU', () => {
    expect(normalizeMarking('S//REL TO USA, FVEY')?.level).toBe('S');
    expect(normalizeMarking('LOU')?.level).toBe('SBU');
    expect(normalizeMarking('U.S.')).toBeNull();
  });
});

describe('levels', () => {
  it('orders levels from lowest to highest', () => {
    expect(LEVELS).toEqual(['U', 'SBU', 'C', 'S', 'TS']);
  });

  it('levelOf reads the level part', () => {
    expect(levelOf('S//NF')).toBe('S');
    expect(levelOf('C//REL NATO')).toBe('C');
    expect(levelOf('SBU')).toBe('SBU');
    expect(levelOf('LOU')).toBe('SBU');
    expect(levelOf('Iran')).toBeNull();
  });

  it('highestLevel ignores nulls and unknown forms', () => {
    expect(highestLevel(['U', 'C//NF', null, 'SBU'])).toBe('C');
    expect(highestLevel(['U', 'S//REL TO USA, FVEY', 'C'])).toBe('S');
    expect(highestLevel([null, undefined, 'x'])).toBeNull();
    expect(highestLevel([])).toBeNull();
  });
});

describe('classificationLevel: banners', () => {
  it.each([
    ['C O N F I D E N T I A L SECTION 01 OF 02 RUritania 000195', 'C'],
    ['CONFIDENTIAL', 'C'],
    ['S E C R E T', 'S'],
    ['SS E C R E T', 'S'],
    ['SECRET//NOFORN', 'S'],
    ['SECRET NOFORN', 'S'],
    ['UNCLAS', 'U'],
    ['UNCLASSIFIED', 'U'],
    ['UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'U'],
    ['UNCLAS SECTION 01 OF 03 FOOBAR 001234', 'U'],
    ['UNCLAS SENSITIVE', 'SBU'],
    ['LIMITED OFFICIAL USE', 'SBU'],
    ['TOP SECRET', 'TS'],
    ['confidential', 'C'],
  ])('%s -> %s', (banner, level) => {
    expect(classificationLevel(banner)).toBe(level);
  });

  it.each(['', 'Embassy of Ruritania', 'SUBJECT: talks', 'SECTION 01 OF 02'])('%s has no level', (banner) => {
    expect(classificationLevel(banner)).toBeNull();
  });
});
