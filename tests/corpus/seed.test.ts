// The project's shipped seed cable (assets/seed), as an unknown mirror shows it: site chrome, a metadata line,
// site-added blank lines, a date that looks like paragraph 10 and a page break in mid-sentence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCableText } from '../../lib/cable/index';

const seed = readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');
const doc = parseCableText(seed);
const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
const textOf = (n: string): string => paragraphs.find((p) => p.number === n)?.text ?? '';

describe('the seed cable', () => {
  it('has exactly paragraphs 1 to 7 with their markings', () => {
    expect(paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(paragraphs.map((p) => p.marking)).toEqual(['U', 'SBU', 'SBU', 'SBU', 'SBU', 'SBU', 'U']);
  });

  it('keeps the date "June 10" inside paragraph 4 instead of opening a paragraph 10', () => {
    expect(textOf('4')).toContain('sent its comments to the Kazakhstanis on June 10. We have been reassured');
  });

  it('removes the page-break header and rejoins paragraph 6 across it', () => {
    expect(textOf('6')).toContain('being upgraded from "Tier 2 Watchlist"');
    expect(doc.pageBreaks.map((p) => p.text)).toContain('ASTANA 00001147 002 OF 002');
    expect(doc.pageBreaks.find((p) => p.text === 'ASTANA 00001147 002 OF 002')?.blockKey).toBe('6');
    expect(doc.blocks.some((b) => b.text.includes('00001147'))).toBe(false);
  });

  it('makes the five section titles headings', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Democracy and Political Rights',
      'Freedom of the Press',
      'Freedom of Religion',
      'Trafficking in Persons',
      'Child Labor',
    ]);
  });

  it('reads id, date, classification and origin from the metadata line, not the site chrome', () => {
    expect(doc.id).toBe('08ASTANA1147');
    expect(doc.meta.date).toMatch(/^2008-06-18/);
    expect(doc.meta.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(doc.meta.origin).toBe('Embassy Astana');
    expect(doc.blocks[0]?.kind).toBe('paragraph');
  });
});
