// The toolbar icon per tab state (scripts/icons.ts draws them from assets/icons at build time): each state has its
// own picture at every toolbar size in the built package, and a declined page is drawn grey with its raw lines.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ICON_SIZES, ACTION_STATES, actionIconPath } from '../../lib/view/action-icon';
import { svgFor } from '../../scripts/icons';
import { findBuild } from './build-output';
import { pngSize } from './store-rules';

const small = readFileSync(resolve(import.meta.dirname, '../../assets/icons/icon-small.svg'), 'utf8');
const BLUE = '#1c5d99';

/** Which line group an SVG shows: the reflowed lines or the raw teletype ones. */
function linesShown(svg: string): string[] {
  return [...svg.matchAll(/<g id="(lines-\w+)"([^>]*)>/g)]
    .filter(([, , attrs]) => !/display="none"/.test(attrs ?? ''))
    .map(([, id]) => id ?? '');
}

describe('the toolbar icon of each state', () => {
  it('shows the reflowed lines for the clean view and nothing read, the raw ones for the original and a declined page', () => {
    expect(linesShown(svgFor(small, 'clean'))).toEqual(['lines-clean']);
    expect(linesShown(svgFor(small, 'idle'))).toEqual(['lines-clean']);
    expect(linesShown(svgFor(small, 'original'))).toEqual(['lines-raw']);
    expect(linesShown(svgFor(small, 'declined'))).toEqual(['lines-raw']);
  });

  it('keeps the product’s blue for a cable shown, greys where none is read', () => {
    expect(svgFor(small, 'clean')).toContain(BLUE);
    expect(svgFor(small, 'original')).toContain(BLUE);
    expect(svgFor(small, 'declined')).not.toContain(BLUE);
    expect(svgFor(small, 'idle')).not.toContain(BLUE);
  });

  const build = findBuild('toolbar icons', ['chrome-mv3']);
  it.skipIf(!build)('is in the package at every toolbar size, one picture per state', () => {
    for (const size of ACTION_ICON_SIZES) {
      const pictures = ACTION_STATES.map((state) =>
        readFileSync(join(build ?? '', actionIconPath(state, size))),
      );
      for (const png of pictures) expect(pngSize(png)).toEqual({ width: size, height: size });
      expect(new Set(pictures.map((png) => png.toString('base64'))).size).toBe(ACTION_STATES.length);
    }
  });
});
