import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  genericLayouts,
  genericTableLayout,
  nonCablePages,
  seedSiteLayout,
} from '../../tests/fixtures/layouts';
import { SAMPLE_BODY, SAMPLE_HEADER } from '../../tests/fixtures/sample-cable';
import { detectGeneric, findCable, GENERIC_LIMITS, generic } from './generic';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;
const url = new URL('https://mirror.example.org/cables/zembla-123.html');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('findCable on the four generic layouts', () => {
  for (const [name, layout] of Object.entries(genericLayouts)) {
    it(`finds the cable laid out as ${name} and leaves the site chrome behind`, () => {
      const result = findCable(docOf(layout(SAMPLE_BODY)));
      expect(result.found).toBe(true);
      if (!result.found) return;
      expect(collapse(result.text)).toBe(collapse(SAMPLE_BODY));
      expect(result.text).not.toContain('Most read this week');
      expect(result.score.isCable).toBe(true);
    });
  }

  it('gives the <pre> text exactly, line for line', () => {
    const result = findCable(docOf(genericLayouts.pre?.(SAMPLE_BODY) ?? ''));
    expect(result.found && result.text).toBe(SAMPLE_BODY);
  });

  it('keeps the routing header when it sits in its own block beside the body', () => {
    const html = `<html><body><div id="nav">Home | About</div><div id="cable"><pre>${escapeHtml(SAMPLE_HEADER)}</pre><pre>${escapeHtml(SAMPLE_BODY)}</pre></div></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found && result.container.id).toBe('cable');
  });
});

describe('the mount', () => {
  it('is the table for text in table rows (a view cannot stand inside a table body)', () => {
    const result = findCable(docOf(genericTableLayout(SAMPLE_BODY)));
    expect(result.found && result.container.localName).toBe('table');
  });

  it('is the nearest block for text inside an inline element', () => {
    const html = `<html><body><p>Menu</p><div id="box"><span>${escapeHtml(SAMPLE_BODY).replace(/\n/g, '<br>')}</span></div></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found && result.container.id).toBe('box');
  });

  it('is never the body: text loose in <body> is declined', () => {
    const html = `<html><body>${escapeHtml(SAMPLE_BODY).replace(/\n/g, '<br>')}</body></html>`;
    const result = findCable(docOf(html));
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/not inside an element/);
  });
});

describe('the seed’s kind of site', () => {
  it('reads the metadata line as page fields and mounts on the body’s first block, not the whole page', () => {
    const page = `nav\u00a0 Home\u00a0 Cables\n09ZEMBLA123 2009-03-14 12:00:00 CONFIDENTIAL Embassy Zembla\nCable title:\u00a0\n\n\npdf\u00a0 how-to\n\n${SAMPLE_BODY}`;
    const doc = docOf(seedSiteLayout(page));
    const result = findCable(doc);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.fields).toMatchObject({
      id: '09ZEMBLA123',
      date: '2009-03-14T12:00',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Zembla',
    });
    expect(result.text).not.toContain('09ZEMBLA123 2009-03-14');
    expect(result.text).not.toContain('Cable title');
    expect(collapse(result.text)).toBe(collapse(SAMPLE_BODY));
    expect(result.container).toBe(doc.querySelector('body > p'));
    expect(result.original.every((el) => el.parentElement?.localName === 'body')).toBe(true);
    expect(
      result.original.some((el) => /navbar|cable-meta|pdf|footer|comments/.test(el.className || el.id)),
    ).toBe(false);
  });
});

describe('declining', () => {
  for (const [name, make] of Object.entries(nonCablePages)) {
    it(`declines ${name}, with a reason, and leaves the page as it was`, () => {
      const doc = docOf(make());
      const before = doc.documentElement.outerHTML.length;
      const result = findCable(doc);
      expect(result.found).toBe(false);
      expect(!result.found && result.reason.length).toBeGreaterThan(0);
      expect(doc.documentElement.outerHTML.length).toBe(before);
    });
  }

  it('declines a document without markup (linkedom gives it no root element) instead of throwing', () => {
    for (const html of ['', 'cable text with no markup', '<!-- a comment -->', '<!DOCTYPE html>']) {
      const doc = docOf(html);
      expect(doc.documentElement).toBeNull();
      expect(findCable(doc)).toEqual({ found: false, reason: 'the page has no body', code: 'no-body' });
      expect(generic.extract(doc, url)).toBeNull();
    }
  });

  it('leaves a document without <body> exactly as it was (linkedom’s body getter would insert one)', () => {
    const pre = `<pre>${escapeHtml(SAMPLE_BODY)}</pre>`;
    for (const html of [`<div id="c">${pre}</div>`, `<html><div id="c">${pre}</div></html>`]) {
      const doc = docOf(html);
      const before = doc.documentElement.outerHTML;
      expect(findCable(doc)).toEqual({ found: false, reason: 'the page has no body', code: 'no-body' });
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('stops reading a page over the text budget instead of scoring it', () => {
    const huge = docOf(nonCablePages['5 MB of unrelated text']?.() ?? '');
    const result = findCable(huge);
    expect(!result.found && result.reason).toMatch(/too large/);
    expect(GENERIC_LIMITS.maxChars).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('generic adapter', () => {
  it('returns a RawCable with the container as mount and only the URL as page metadata', () => {
    const doc = docOf(genericLayouts.divs?.(SAMPLE_BODY) ?? '');
    const cable = generic.extract(doc, url);
    expect(cable?.site).toBe('generic');
    expect(cable?.headerText).toBeNull();
    expect(cable?.pageMeta).toEqual({ url: url.href });
    expect(cable?.original).toEqual([cable?.mount]);
    expect(cable?.mount.className).toBe('cable-lines');
  });

  it('explains a decline', () => {
    const result = detectGeneric(docOf(nonCablePages['index of cable ids']?.() ?? ''), url);
    expect(result.found).toBe(false);
  });

  it('matches any web or file address (the caller decides where it runs)', () => {
    expect(generic.matches(url)).toBe(true);
    expect(generic.matches(new URL('file:///tmp/page.html'))).toBe(true);
    expect(generic.matches(new URL('chrome://extensions'))).toBe(false);
  });
});

describe('mounting across siblings', () => {
  const blocks = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((b) => `<p>${escapeHtml(b).replace(/\n/g, '<br>\n')}</p>`)
      .join('\n');

  it('takes the blocks straight in <body> between the nav and the footer, never the chrome', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="meta">A mirror of cables</div>${blocks(SAMPLE_BODY)}<div class="footer">Mirror footer text that is long enough to count as text of its own here.</div><div id="comments"><p>1. (C) quoted in a comment</p></div></body></html>`;
    const doc = docOf(html);
    const result = findCable(doc);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.original).toEqual(Array.from(doc.querySelectorAll('body > p')));
    expect(result.container).toBe(result.original[0]);
    expect(collapse(result.text)).toBe(collapse(SAMPLE_BODY));
  });

  it('leaves a site’s introduction above the cable, and a heading after it, to the page', () => {
    const html = `<html><body><article><p>The full text of the cable follows, as we received it.</p>${blocks(SAMPLE_BODY)}<h3>Related posts</h3></article></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found && collapse(result.text)).toBe(collapse(SAMPLE_BODY));
    expect(result.found && result.original.map((el) => el.localName)).not.toContain('h3');
  });

  it('keeps a parent whole when text stands loose between its children, and splits it when only line breaks do', () => {
    const page = (between: string) =>
      `<html><body><div id="c"><div class="tools">Print this cable</div>${blocks(SAMPLE_BODY).replace('</p>', `</p>${between}`)}</div></body></html>`;
    const loose = findCable(docOf(page('\nPosted by the archive team, who keep the copy.\n')));
    expect(loose.found && loose.original.map((el) => el.id)).toEqual(['c']);
    const blank = findCable(docOf(page('\n \u00a0\n')));
    expect(blank.found && blank.original.map((el) => el.localName)).not.toContain('div');
    expect(blank.found && collapse(blank.text)).toBe(collapse(SAMPLE_BODY));
  });

  it('keeps a blank line between a header <pre> and a body <pre> that stand beside chrome', () => {
    const html = `<html><body><div id="nav">Home | About</div><div id="c"><h2>Cable</h2><pre class="h">${escapeHtml(SAMPLE_HEADER)}</pre><pre class="b">${escapeHtml(SAMPLE_BODY)}</pre><div class="share">Share</div></div></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found && result.original.map((el) => el.className)).toEqual(['h', 'b']);
    expect(result.found && result.text).toBe(`${SAMPLE_HEADER.replace(/\n+$/, '')}\n\n${SAMPLE_BODY}`);
  });

  it('keeps an archive header’s date-time group line (`141200Z Mar 09`) written a line to a <div>', () => {
    // Without it the routing reader takes no FM/TO block; it has lower case, unlike the other routing lines.
    const text = `141200Z Mar 09\n\n${SAMPLE_HEADER}\n\n${SAMPLE_BODY}`;
    const lines = text
      .split('\n')
      .map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(l)}</div>`))
      .join('');
    const html = `<html><body><div id="nav">Home | About</div><div id="c"><p>Our copy, as received from a reader of this site.</p>${lines}</div></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found && result.text.split('\n')[0]).toBe('141200Z Mar 09');
    expect(result.found && result.text).not.toContain('as received');
  });

  it('declines a page whose only cable signals are in its chrome (responses quoting a cable back)', () => {
    const quote = (n: number) => `<blockquote>${n}. (C) Quoted back from the cable.</blockquote>`;
    const html = `<html><body><div id="post"><p>${'Our reading of the harbour story, in prose. '.repeat(8)}</p></div><div class="responses">${[1, 2, 3].map(quote).join('')}</div></body></html>`;
    const result = findCable(docOf(html));
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/comments, menus or sidebars/);
  });

  it('reads no-break spaces as spaces (a rich-text page writes every aligned space as &nbsp;)', () => {
    const lines = SAMPLE_BODY.split('\n')
      .map((l) => (l.trim() === '' ? '<p>&nbsp;</p>' : `<p>${escapeHtml(l).replace(/ /g, '&nbsp;')}</p>`))
      .join('');
    const result = findCable(
      docOf(`<html><body><div id="nav">Home | About</div><div id="c">${lines}</div></body></html>`),
    );
    expect(result.found && result.text).not.toContain('\u00a0');
    expect(result.found && collapse(result.text)).toBe(collapse(SAMPLE_BODY));
  });
});
