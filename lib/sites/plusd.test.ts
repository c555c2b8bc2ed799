import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { plusdLayout } from '../../tests/fixtures/layouts';
import { plusd } from './plusd';

const header = `UNCLASSIFIED

PAGE 01  ZEMBLA 01234  171944Z

ACTION EUR-25
R 171600Z MAY 75
FM AMEMBASSY ZEMBLA
TO SECSTATE WASHDC 3410`;
const body = `1. EMBASSY HAS MADE INQUIRIES ON WHEREABOUTS OF THE TWO
FISHERMEN AND WILL REPORT.
2. NO FURTHER INFORMATION AT THIS TIME.
NONYMOUS`;
const page = {
  id: '1975ZEMBLA01234_b',
  subject: 'WHEREABOUTS OF TWO FISHERMEN',
  date: '1975 May 17, 16:00 (Saturday)',
  classification: 'UNCLASSIFIED',
  from: 'Zembla Capital',
  tags: ['PINS - Political Affairs--Internal Security', 'ZM - Zembla'],
  header,
  body,
};
const url = new URL('https://wikileaks.org/plusd/cables/1975ZEMBLA01234_b.html');
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('plusd.matches', () => {
  it('accepts cable pages on wikileaks.org and search.wikileaks.org, _a and _b', () => {
    expect(plusd.matches(url)).toBe(true);
    expect(plusd.matches(new URL('https://search.wikileaks.org/plusd/cables/09ZEMBLA123_a.html'))).toBe(true);
  });

  it('refuses PlusD search and other pages', () => {
    expect(plusd.matches(new URL('https://wikileaks.org/plusd/?q=zembla'))).toBe(false);
    expect(plusd.matches(new URL('https://wikileaks.org/plusd/about/'))).toBe(false);
  });
});

describe('plusd.extract', () => {
  it('reads the synopsis, the header box and the tagged text', () => {
    const cable = plusd.extract(docOf(plusdLayout(page)), url);
    expect(cable?.site).toBe('plusd');
    expect(cable?.headerText?.trim()).toBe(header);
    expect(cable?.bodyText).toBe(body);
    expect(cable?.pageMeta).toEqual({
      id: '1975ZEMBLA01234',
      date: '1975-05-17T16:00',
      classification: 'UNCLASSIFIED',
      origin: 'Zembla Capital',
      subject: 'WHEREABOUTS OF TWO FISHERMEN',
      tags: ['PINS - Political Affairs--Internal Security', 'ZM - Zembla'],
      url: url.href,
    });
  });

  it('leaves out the database fields the site appends to the text', () => {
    const withFields = plusdLayout({
      ...page,
      body: `${body}\n\n\n*** Current Handling Restrictions ***   n/a\n***  Current Classification ***   UNCLASSIFIED\n`,
    });
    expect(plusd.extract(docOf(withFields), url)?.bodyText.trimEnd()).toBe(body);
  });

  it('finds everything by id and class after the site’s script has moved the tabs', () => {
    const moved = plusd.extract(docOf(plusdLayout({ ...page, tabsMoved: true })), url);
    const inPlace = plusd.extract(docOf(plusdLayout(page)), url);
    expect(moved?.bodyText).toBe(inPlace?.bodyText);
    expect(moved?.pageMeta).toEqual(inPlace?.pageMeta);
  });

  it('reads Cablegate ids of _a pages in Cablegate form', () => {
    const a = plusd.extract(
      docOf(plusdLayout({ ...page, id: '09ZEMBLA123_a', date: '2009 Mar 14, 12:00 (Saturday)' })),
      url,
    );
    expect(a?.pageMeta.id).toBe('09ZEMBLA123');
  });

  it('hides the header box, the header button and the text box; mounts on the text box', () => {
    const doc = docOf(plusdLayout(page));
    const cable = plusd.extract(doc, url);
    const textBox = doc.querySelector('#tagged-text')?.parentElement;
    expect(cable?.mount).toBe(textBox);
    expect(cable?.original).toEqual([
      doc.querySelector('.text-header'),
      doc.querySelector('#showhide'),
      textBox,
    ]);
  });

  it('declines a page without the tagged text, and never changes the page', () => {
    expect(plusd.extract(docOf('<html><body><table id="synopsis"></table></body></html>'), url)).toBeNull();
    const doc = docOf(plusdLayout(page));
    const before = doc.documentElement.outerHTML;
    plusd.extract(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
