import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml } from '../../tests/fixtures/layouts';
import { SAMPLE_BODY } from '../../tests/fixtures/sample-cable';
import { findCable, GENERIC_LIMITS } from './generic';

// Counts the characters the detector hands to cableScore: work measured by counting, not by a clock.
const scored = vi.hoisted(() => ({ chars: 0, calls: 0 }));
vi.mock('../cable/detect', async (importOriginal) => {
  const original = await importOriginal<typeof import('../cable/detect')>();
  return {
    ...original,
    cableScore: (text: string) => {
      scored.chars += text.length;
      scored.calls += 1;
      return original.cableScore(text);
    },
  };
});

const docOf = (html: string) => parseHTML(html).document as unknown as Document;
const page = (inner: string) => `<!DOCTYPE html><html><head></head><body>${inner}</body></html>`;
const DEPTH = 10_000;

beforeEach(() => {
  scored.chars = 0;
  scored.calls = 0;
});

describe('the generic detector’s work on deeply nested pages', () => {
  it('steps through 10,000 wrappers around the cable without scoring each (it scored every level: quadratic)', () => {
    const html = page(
      `${'<div>'.repeat(DEPTH)}<pre id="c">${escapeHtml(SAMPLE_BODY)}</pre>${'</div>'.repeat(DEPTH)}`,
    );
    const result = findCable(docOf(html));
    expect(result.found && result.container.id).toBe('c');
    expect(scored.calls).toBe(1);
    expect(scored.chars).toBeLessThanOrEqual(SAMPLE_BODY.length);
  });

  it('stops narrowing at its scoring budget when every level adds text, and still finds the cable', () => {
    // Each level holds a few words of its own before the next level: no wrapper shortcut applies.
    const open = Array.from({ length: DEPTH }, (_, i) => `<div>level ${i} `).join('');
    const html = page(
      `<div id="chrome">Home | About</div>${open}<pre>${escapeHtml(SAMPLE_BODY)}</pre>${'</div>'.repeat(DEPTH)}`,
    );
    const result = findCable(docOf(html));
    expect(result.found).toBe(true);
    // The budget may be overrun by one last text at most, never by a level per element.
    expect(scored.chars).toBeLessThan(GENERIC_LIMITS.maxScoredChars + html.length);
    expect(scored.calls).toBeLessThan(DEPTH / 2);
  });

  it('scores a cable once through a frame’s wrappers whose own text (menu, sidebar, footer) holds no signal', () => {
    const levels = 6;
    let inner = `<pre id="c">${escapeHtml(SAMPLE_BODY)}</pre>`;
    for (let i = 0; i < levels; i++) {
      inner = `<div><p>Menu ${i}: Home | Browse | About</p>${inner}<p>Footer ${i}: republished for research.</p></div>`;
    }
    const result = findCable(docOf(page(inner)));
    expect(result.found && result.container.id).toBe('c');
    // The body's text once (the cable and the chrome): no wrapper, nor the <pre>, scored again.
    expect(scored.chars).toBeLessThan(SAMPLE_BODY.length * 1.5);
  });

  it('scores again where the text around holds a signal, and finds the same element', () => {
    const inner = `<div><p>Related: TAGS: PREL PGOV</p><div id="w"><pre id="c">${escapeHtml(SAMPLE_BODY)}</pre></div></div>`;
    const result = findCable(docOf(page(inner)));
    expect(result.found && result.container.id).toBe('c');
    expect(scored.chars).toBeGreaterThan(SAMPLE_BODY.length * 2);
  });

  it('scores only the posts of a long thread whose lines may carry a signal, not each post', () => {
    const posts = Array.from({ length: 2_000 }, (_, i) =>
      i === 1_000
        ? '<div class="post"><p>Quoting it:</p><p>1. (C) The minister spoke.</p><p>2. (C) He left.</p></div>'
        : `<div class="post"><p>Reply ${i}: the TAGS include PREL, see 3. (C) in the cable.</p></div>`,
    );
    const result = findCable(docOf(page(posts.join(''))));
    expect(result.found).toBe(false);
    // The body, the largest posts while narrowing, the first few posts one by one, and the one post with
    // paragraph 1: not two thousand.
    expect(scored.calls).toBeGreaterThan(1);
    expect(scored.calls).toBeLessThan(60);
  });
});
