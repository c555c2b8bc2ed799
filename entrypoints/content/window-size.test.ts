// windowSize: the window's size from media queries alone, erring long by less than the search's step.
import { describe, expect, it } from 'vitest';
import { windowSize } from './window-size';

/** A window that answers `(min-width: Npx)` and `(min-height: Npx)` as a browser would, and counts the questions. */
function windowOf(width: number, height: number): { win: Window; asked: () => number } {
  let asked = 0;
  const matchMedia = (query: string) => {
    asked++;
    const m = /^\(min-(width|height): (\d+)px\)$/.exec(query);
    if (!m) throw new Error(`unexpected query ${query}`);
    return { matches: Number(m[2]) <= (m[1] === 'width' ? width : height) } as MediaQueryList;
  };
  return { win: { matchMedia } as unknown as Window, asked: () => asked };
}

describe('windowSize', () => {
  it.each([
    [390, 844],
    [1280, 900],
    [2560, 1440],
    [1, 1],
  ])('finds a %i x %i window, never short and at most 8 px long', (width, height) => {
    const { win, asked } = windowOf(width, height);
    const size = windowSize(win);
    expect(size.width).toBeGreaterThan(width - 1);
    expect(size.width).toBeLessThanOrEqual(width + 8);
    expect(size.height).toBeGreaterThan(height - 1);
    expect(size.height).toBeLessThanOrEqual(height + 8);
    expect(asked()).toBeLessThanOrEqual(24);
  });
});
