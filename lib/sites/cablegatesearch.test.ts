import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cablegatesearchLayout } from '../../tests/fixtures/layouts';
import {
  SAMPLE_BODY,
  SAMPLE_CABLEGATESEARCH_PAGE,
  SAMPLE_HEADER,
  SAMPLE_ID,
} from '../../tests/fixtures/sample-cable';
import { cablegatesearch } from './cablegatesearch';

const page = SAMPLE_CABLEGATESEARCH_PAGE;
const url = new URL(`http://www.cablegatesearch.net/cable.php?id=${SAMPLE_ID}`);
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('cablegatesearch.matches', () => {
  it('accepts cable.php with an id on both hosts', () => {
    expect(cablegatesearch.matches(url)).toBe(true);
    expect(
      cablegatesearch.matches(new URL('https://cablegatesearch.wikileaks.org/cable.php?id=09ZEMBLA123')),
    ).toBe(true);
  });

  it('refuses search and browse pages, and cable.php without an id', () => {
    expect(cablegatesearch.matches(new URL('http://www.cablegatesearch.net/search.php?q=zembla'))).toBe(
      false,
    );
    expect(cablegatesearch.matches(new URL('http://www.cablegatesearch.net/cable.php'))).toBe(false);
  });
});

describe('cablegatesearch.extract', () => {
  it('reads the summary, the header and the body; paragraph links keep their number, lose the ¶', () => {
    const cable = cablegatesearch.extract(docOf(cablegatesearchLayout(page)), url);
    expect(cable?.headerText).toBe(SAMPLE_HEADER);
    expect(cable?.bodyText).toBe(SAMPLE_BODY);
    expect(cable?.bodyText).not.toContain('Hide header');
    expect(cable?.pageMeta).toEqual({
      id: SAMPLE_ID,
      date: '2009-03-14T12:00',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Zembla',
      subject: 'ZEMBLA: HARBOUR CONCESSION STALLS AHEAD OF ELECTIONS',
      url: url.href,
    });
  });

  it('leaves the webmaster’s notes out of the text', () => {
    const html = cablegatesearchLayout(page).replace(
      '<span class="toggleHeader">Hide header</span>',
      '<span class="toggleHeader">Hide header</span><span class="webmaster-comment">[Removed from an earlier Cablegate release]</span>',
    );
    expect(cablegatesearch.extract(docOf(html), url)?.bodyText).toBe(SAMPLE_BODY);
  });

  it('mounts on the cable box and leaves the summary visible', () => {
    const doc = docOf(cablegatesearchLayout(page));
    const cable = cablegatesearch.extract(doc, url);
    expect(cable?.mount).toBe(doc.querySelector('div.cable-content'));
    expect(cable?.original).toEqual([cable?.mount]);
  });

  it('falls back to the URL’s id when the summary lacks one', () => {
    const html = cablegatesearchLayout(page).replace(/<input id="canonical_id-input"[^>]*>/, '');
    const cable = cablegatesearch.extract(docOf(html), url);
    expect(cable?.pageMeta.id).toBe(SAMPLE_ID);
  });

  it('declines other pages and never changes the page', () => {
    expect(
      cablegatesearch.extract(docOf('<html><body><div id="cable"></div></body></html>'), url),
    ).toBeNull();
    const doc = docOf(cablegatesearchLayout(page));
    const before = doc.documentElement.outerHTML;
    cablegatesearch.extract(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
