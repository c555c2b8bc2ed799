import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageUrl, sourcePageUrl } from './page-url';

const docOf = (head: string, body = '') =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('pageUrl', () => {
  it('takes the canonical link, then og:url', () => {
    const both = docOf(
      '<link rel="canonical" href="http://www.cablegatesearch.net/cable.php?id=09ZEMBLA123"><meta property="og:url" content="https://other.example/x">',
    );
    expect(pageUrl(both, '/tmp/x.html').href).toBe('http://www.cablegatesearch.net/cable.php?id=09ZEMBLA123');
    expect(pageUrl(docOf('<meta property="og:url" content="https://mirror.example/c/1">'), null).href).toBe(
      'https://mirror.example/c/1',
    );
  });

  it('takes an absolute link of the page to itself', () => {
    const doc = docOf(
      '',
      '<a href="/other.html">o</a><a href="https://wikileaks.ch/cable/2009/03/09ZEMBLA123.html">self</a>',
    );
    expect(pageUrl(doc, '/saved/09ZEMBLA123.html').href).toBe(
      'https://wikileaks.ch/cable/2009/03/09ZEMBLA123.html',
    );
  });

  it('passes over links with malformed %-escapes instead of throwing (a saved page crashed the CLI)', () => {
    const doc = docOf(
      '',
      '<a href="https://example.org/%ZZ.html">bad</a><a href="https://example.org/a%E0%A4%A">cut</a><a href="https://wikileaks.ch/cable/2009/03/09ZEMBLA123.html">self</a>',
    );
    expect(pageUrl(doc, '/saved/09ZEMBLA123.html').href).toBe(
      'https://wikileaks.ch/cable/2009/03/09ZEMBLA123.html',
    );
    expect(pageUrl(doc, '/saved/%ZZ.html').href).toBe('https://example.org/%ZZ.html');
  });

  it('falls back to the file read, or stdin, never to a guessed host', () => {
    const doc = docOf(
      '<link rel="canonical" href="/relative/only">',
      '<a href="/cable/2009/03/x.html">x</a>',
    );
    expect(pageUrl(doc, '/saved/x.html').href).toBe('file:///saved/x.html');
    expect(pageUrl(doc, null).href).toBe('file:///dev/stdin');
  });
});

describe('sourcePageUrl', () => {
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

  it('gives the file for a page stating no address, as pageUrl does', () => {
    const html = page(
      '',
      '<a href="/cable/2009/03/09ZEMBLA123.html">09ZEMBLA123</a><a href="https://x.example/">x</a>',
    );
    expect(sourcePageUrl(html, '/saved/09ZEMBLA123.html')?.href).toBe('file:///saved/09ZEMBLA123.html');
    expect(pageUrl(parseHTML(html).document as unknown as Document, '/saved/09ZEMBLA123.html').href).toBe(
      'file:///saved/09ZEMBLA123.html',
    );
    expect(sourcePageUrl(html, null)?.href).toBe('file:///dev/stdin');
  });

  it('leaves to the DOM a page that may state its address', () => {
    expect(sourcePageUrl(page('<link rel="canonical" href="https://x.example/c">'), '/s/a.html')).toBeNull();
    expect(
      sourcePageUrl(page('<meta property="og:url" content="https://x.example/c">'), '/s/a.html'),
    ).toBeNull();
    expect(sourcePageUrl(page('', "<a href='https://x.example/c/A.html'>me</a>"), '/s/a.html')).toBeNull();
    expect(sourcePageUrl(page('', "<a href='https://x.example/c/%41.html'>me</a>"), '/s/a.html')).toBeNull();
  });
});
