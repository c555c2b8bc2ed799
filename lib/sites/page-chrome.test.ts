import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isChrome } from './page-chrome';

const body = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('isChrome', () => {
  it('knows the frame by tag, role, id and class words', () => {
    const b = body(
      '<nav></nav><footer></footer><div role="navigation"></div><div id="comments"></div><div class="site-footer"></div><div class="share-buttons"></div><div class="pdf tools"></div><div class="responses"></div><div id="discussion"></div>',
    );
    expect(Array.from(b.children).map(isChrome)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('leaves content alone: the cable’s own header block, an entry, a story body', () => {
    const b = body(
      '<pre class="cable-header"></pre><div class="entry-content"></div><div class="story-body"></div><div id="navigator-text"></div>',
    );
    expect(Array.from(b.children).map(isChrome)).toEqual([false, false, false, false]);
  });
});
