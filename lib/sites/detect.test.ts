import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  cablegateLayout,
  genericPreLayout,
  newsArticlePage,
  plusdLayout,
} from '../../tests/fixtures/layouts';
import {
  SAMPLE_BODY,
  SAMPLE_CABLEGATE_PAGE,
  SAMPLE_ID,
  SAMPLE_PLUSD_PAGE,
} from '../../tests/fixtures/sample-cable';
import { adaptersFor, detectCable, extractCable, isKnownCableUrl } from './detect';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;
const viewerPage = cablegateLayout(SAMPLE_CABLEGATE_PAGE);
const viewerUrl = new URL(`https://wikileaks.org/cable/2009/03/${SAMPLE_ID}.html`);
const mirrorUrl = new URL('https://mirror.example.org/read/zembla-123');

describe('isKnownCableUrl', () => {
  it('knows the three mirror layouts by address', () => {
    expect(isKnownCableUrl(viewerUrl)).toBe(true);
    expect(isKnownCableUrl('https://search.wikileaks.org/plusd/cables/1975ZEMBLA01234_b.html')).toBe(true);
    expect(isKnownCableUrl('http://www.cablegatesearch.net/cable.php?id=09ZEMBLA123')).toBe(true);
  });

  it('refuses everything else, including strings that are no URL', () => {
    expect(isKnownCableUrl('https://news.example.org/2011/03/port-deal.html')).toBe(false);
    expect(isKnownCableUrl('https://wikileaks.org/plusd/')).toBe(false);
    expect(isKnownCableUrl('not a url')).toBe(false);
  });

  it('refuses ordinary article addresses of every shape', () => {
    const urls = Array.from(
      { length: 2000 },
      (_, i) => new URL(`https://example.org/articles/${i}/story.html?x=${i}`),
    );
    expect(urls.filter((u) => isKnownCableUrl(u))).toEqual([]);
  });
});

describe('detectCable', () => {
  it('uses the adapter the URL names', () => {
    const detection = detectCable(docOf(viewerPage), viewerUrl);
    expect(detection.found && detection.adapter.name).toBe('cablegate');
    expect(adaptersFor(viewerUrl).map((a) => a.name)).toEqual(['cablegate']);
  });

  it('tries no layout on an unknown address unless asked, then finds it by structure', () => {
    expect(detectCable(docOf(viewerPage), mirrorUrl).found).toBe(false);
    const any = detectCable(docOf(viewerPage), mirrorUrl, { anyLayout: true });
    expect(any.found && any.adapter.name).toBe('cablegate');
  });

  it('runs the generic detector only when enabled', () => {
    const page = genericPreLayout(SAMPLE_BODY);
    const off = detectCable(docOf(page), mirrorUrl);
    expect(off).toEqual({ found: false, reason: 'not a known mirror page', code: 'layout' });
    const on = detectCable(docOf(page), mirrorUrl, { generic: true });
    expect(on.found && on.adapter.name).toBe('generic');
  });

  it('falls back to the generic detector when a known address holds another layout', () => {
    const plusdUrl = new URL('https://wikileaks.org/plusd/cables/09ZEMBLA123_a.html');
    const page = genericPreLayout(SAMPLE_BODY);
    expect(detectCable(docOf(page), plusdUrl)).toEqual({
      found: false,
      reason: 'the page does not have the plusd layout',
      code: 'layout',
    });
    expect(extractCable(docOf(page), plusdUrl, { generic: true })?.site).toBe('generic');
  });

  it('prefers the known layout over the generic detector', () => {
    const page = plusdLayout(SAMPLE_PLUSD_PAGE);
    const detection = detectCable(
      docOf(page),
      new URL('https://wikileaks.org/plusd/cables/09ZEMBLA123_a.html'),
      {
        generic: true,
      },
    );
    expect(detection.found && detection.adapter.name).toBe('plusd');
  });

  it('says why nothing was found on a page that holds no cable', () => {
    const detection = detectCable(docOf(newsArticlePage()), mirrorUrl, { generic: true });
    expect(detection.found).toBe(false);
    expect(!detection.found && detection.reason).toMatch(/no cable-shaped text/);
  });
});
