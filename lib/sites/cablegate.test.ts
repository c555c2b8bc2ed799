import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cablegateLayout } from '../../tests/fixtures/layouts';
import {
  SAMPLE_BODY,
  SAMPLE_CABLEGATE_PAGE,
  SAMPLE_HEADER,
  SAMPLE_ID,
} from '../../tests/fixtures/sample-cable';
import { cablegate } from './cablegate';

const url = new URL(`https://wikileaks.org/cable/2009/03/${SAMPLE_ID}.html`);
const page = SAMPLE_CABLEGATE_PAGE;
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('cablegate.matches', () => {
  it('accepts the viewer path on any host (mirrors, the static archive, a saved file)', () => {
    expect(cablegate.matches(url)).toBe(true);
    expect(cablegate.matches(new URL('https://cablegate.wikileaks.org/cable/2009/03/09ZEMBLA123.html'))).toBe(
      true,
    );
    expect(cablegate.matches(new URL('https://mirror.example.net/wl/cable/2009/03/09ZEMBLA123.html'))).toBe(
      true,
    );
    expect(cablegate.matches(new URL('file:///home/me/cablegate/cable/2009/03/09ZEMBLA123.html'))).toBe(true);
  });

  it('refuses other pages of the viewer and other sites', () => {
    expect(cablegate.matches(new URL('https://wikileaks.org/reldate/2011-01-13_0.html'))).toBe(false);
    expect(cablegate.matches(new URL('https://wikileaks.org/cable/2009/03/'))).toBe(false);
    expect(cablegate.matches(new URL('https://example.org/news/2009/03/story.html'))).toBe(false);
  });
});

describe('cablegate.extract', () => {
  it('reads the table row, the subject and both text blocks, without the ¶ links', () => {
    const doc = docOf(cablegateLayout(page));
    const cable = cablegate.extract(doc, url);
    expect(cable?.site).toBe('cablegate');
    expect(cable?.headerText).toBe(SAMPLE_HEADER);
    expect(cable?.bodyText).toBe(SAMPLE_BODY);
    expect(cable?.bodyText).not.toContain('\u00b6');
    expect(cable?.pageMeta).toEqual({
      id: SAMPLE_ID,
      date: '2009-03-14',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Zembla',
      subject: 'ZEMBLA: HARBOUR CONCESSION STALLS AHEAD OF',
      tags: ['PREL', 'PGOV', 'ECON', 'ZM'],
      url: url.href,
    });
  });

  it('mounts on the body block and hides both text blocks, leaving the table in place', () => {
    const doc = docOf(cablegateLayout(page));
    const cable = cablegate.extract(doc, url);
    const blocks = Array.from(doc.querySelectorAll('div.pane.big > code'));
    expect(cable?.mount).toBe(blocks[1]);
    expect(cable?.original).toEqual(blocks);
  });

  it('takes a page with only the body block', () => {
    const cable = cablegate.extract(docOf(cablegateLayout({ ...page, header: null })), url);
    expect(cable?.headerText).toBeNull();
    expect(cable?.bodyText).toBe(SAMPLE_BODY);
    expect(cable?.original).toEqual([cable?.mount]);
  });

  it('keeps an empty subject empty and ignores the "Appears in these articles" row', () => {
    const doc = docOf(cablegateLayout({ ...page, subject: '', articles: ['https://news.example.org/a'] }));
    const meta = cablegate.extract(doc, url)?.pageMeta;
    expect(meta?.subject).toBeUndefined();
    expect(meta?.origin).toBe('Embassy Zembla');
  });

  it('takes, from a page showing a database dump, the record whose id is the page’s', () => {
    // A dump record: fields joined by tabs, every line continued with `\`, a blank line after the record.
    const record = (fields: string[]) => `${fields.join('\t').split('\n').join('\\\n')}\\\n`;
    const dump =
      record([
        '4711',
        '2009-03-10 08:30:00',
        '09ATLANTIS7',
        'Embassy Atlantis',
        'UNCLASSIFIED',
        '',
        'VZCZC2',
        'other',
      ]) +
      record([
        '2009-03-14 12:00:00',
        SAMPLE_ID,
        'Embassy Zembla',
        'CONFIDENTIAL',
        '',
        SAMPLE_HEADER,
        SAMPLE_BODY,
      ]);
    const cable = cablegate.extract(docOf(cablegateLayout({ ...page, header: null, body: dump })), url);
    const lines = (text: string | null | undefined) => text?.replace(/[ \t]+$/gm, '').trimEnd();
    expect(lines(cable?.bodyText)).toBe(lines(SAMPLE_BODY));
    expect(lines(cable?.headerText)).toBe(SAMPLE_HEADER);
    expect(cable?.pageMeta.date).toBe('2009-03-14T12:00');
    expect(cable?.pageMeta.id).toBe(SAMPLE_ID);
  });

  it('reads a restyled copy that kept the table and the text blocks', () => {
    const html = cablegateLayout(page).replace("<div class='pane big'>", "<div id='content'>");
    const cable = cablegate.extract(docOf(html), url);
    expect(cable?.bodyText).toBe(SAMPLE_BODY);
    expect(cable?.pageMeta.id).toBe(SAMPLE_ID);
  });

  it('declines a page without the viewer’s structure', () => {
    const doc = docOf(
      '<html><body><div class="pane big"><h3>Viewing cable</h3><pre>text</pre></div></body></html>',
    );
    expect(cablegate.extract(doc, url)).toBeNull();
    expect(cablegate.extract(docOf('<html><body><p>Not found</p></body></html>'), url)).toBeNull();
  });

  it('never changes the page', () => {
    const doc = docOf(cablegateLayout(page));
    const before = doc.documentElement.outerHTML;
    cablegate.extract(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
