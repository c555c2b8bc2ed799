// The window's size in CSS pixels for the first screen's budget, asked of media queries. `innerWidth`,
// `innerHeight` and `visualViewport` force a layout of the whole page when read with its text just parsed (9-11 ms
// on corpus pages, just before the first screen), and a style update of the empty document at document_start
// (13-21 ms); a media query is answered from the frame's size, no layout asked. DOM reads only.
import type { WindowSize } from './first-screen';

/** Larger than any window: where the search starts. */
const MAX_PX = 16_384;

/** How close the search comes, px; the answer errs long by less. */
const STEP_PX = 8;

function largest(win: Window, feature: 'width' | 'height'): number {
  let fits = 0;
  let over = MAX_PX;
  while (over - fits > STEP_PX) {
    const mid = Math.floor((fits + over) / 2);
    if (win.matchMedia(`(min-${feature}: ${mid}px)`).matches) fits = mid;
    else over = mid;
  }
  return over;
}

export function windowSize(win: Window): WindowSize {
  return { width: largest(win, 'width'), height: largest(win, 'height') };
}
