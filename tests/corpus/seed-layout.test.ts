// The seed cable (the shipped copy) placed in a layout like its own site's: a nav bar, the metadata line,
// "Cable title:", a how-to link, the body in blocks. The generic detector must find it whole.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from '../../lib/cable';
import { detectCable } from '../../lib/sites/detect';
import { seedSiteLayout } from '../fixtures/layouts';

const seed = readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');
const url = new URL('https://cables.example.org/cable/08ASTANA1147');

function detect() {
  const doc = parseHTML(seedSiteLayout(seed)).document as unknown as Document;
  const detection = detectCable(doc, url, { generic: true });
  if (!detection.found) throw new Error(`seed page declined: ${detection.reason}`);
  return { doc, cable: detection.cable, parsed: parseCable(detection.cable) };
}

describe('the seed in its own site’s layout', () => {
  it('is found by the generic detector, mounted on the body’s first block beside the site’s chrome', () => {
    const { doc, cable } = detect();
    expect(cable.site).toBe('generic');
    // The blocks sit straight in <body>: the view stands before the first, the original is every block.
    expect(cable.mount).toBe(doc.querySelector('body > p'));
    expect(cable.original).toEqual(Array.from(doc.querySelectorAll('body > p')));
    // The metadata line and title are the page's fields, not text shown a second time in the view.
    expect(cable.bodyText.startsWith('1. (U) This cable constitutes')).toBe(true);
    expect(cable.pageMeta).toMatchObject({ id: '08ASTANA1147', origin: 'Embassy Astana' });
    expect(cable.bodyText).not.toContain('Mirror of public documents');
    expect(cable.bodyText).not.toContain('No comments yet');
  });

  it('gives paragraphs 1-7 with their markings', () => {
    const paragraphs = detect().parsed.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(paragraphs.map((p) => p.marking)).toEqual(['U', 'SBU', 'SBU', 'SBU', 'SBU', 'SBU', 'U']);
  });

  it('keeps the date in paragraph 4 and rejoins paragraph 6 across its page break', () => {
    const { parsed } = detect();
    const paragraph = (n: string) =>
      parsed.blocks.find((b) => b.kind === 'paragraph' && b.number === n)?.text;
    expect(paragraph('4')).toContain(
      'sent its comments to the Kazakhstanis on June 10. We have been reassured',
    );
    expect(paragraph('6')).toContain('being upgraded from "Tier 2 Watchlist"');
    expect(parsed.pageBreaks.map((b) => b.text)).toEqual(['ASTANA 00001147 002 OF 002']);
  });

  it('keeps the five section titles as headings', () => {
    const headings = detect()
      .parsed.blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual([
      'Democracy and Political Rights',
      'Freedom of the Press',
      'Freedom of Religion',
      'Trafficking in Persons',
      'Child Labor',
    ]);
  });

  it('reads the meta from the metadata line', () => {
    const { parsed } = detect();
    expect(parsed.id).toBe('08ASTANA1147');
    expect(parsed.meta.date?.startsWith('2008-06-18')).toBe(true);
    expect(parsed.meta.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(parsed.meta.origin).toBe('Embassy Astana');
  });

  it('reads the same as the seed text itself', () => {
    const fromText = parseCableText(seed);
    const { parsed } = detect();
    expect(parsed.blocks).toEqual(fromText.blocks);
    expect(parsed.meta).toEqual(fromText.meta);
    expect(parsed.id).toBe(fromText.id);
  });
});
