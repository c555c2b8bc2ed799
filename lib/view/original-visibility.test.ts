// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  giveBackPage,
  HIDDEN_ATTR,
  hideOriginal,
  installPageStyle,
  PAGE_ATTR,
  PAGE_CSS,
  showOriginal,
  takeWholePage,
} from './original-visibility';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<div class="pane big"><h3>Viewing cable</h3><code><pre style="color: red" class="x" hidden="">1. (C) Text.\n</pre></code><pre>2. More</pre></div>';
});

describe('hiding and restoring the original', () => {
  it('gives every element back byte for byte, attributes and their order included', () => {
    const before = document.body.innerHTML;
    const pres = [...document.querySelectorAll('pre')];
    hideOriginal(pres);
    expect(pres.every((p) => p.hasAttribute(HIDDEN_ATTR))).toBe(true);
    expect(document.body.innerHTML).not.toBe(before);
    showOriginal(pres);
    expect(document.body.innerHTML).toBe(before);
  });

  it('is idempotent both ways', () => {
    const before = document.body.innerHTML;
    const pres = [...document.querySelectorAll('pre')];
    hideOriginal(pres);
    hideOriginal(pres);
    showOriginal(pres);
    showOriginal(pres);
    expect(document.body.innerHTML).toBe(before);
  });

  it('installs one page stylesheet however often asked, and removes it', () => {
    const remove = installPageStyle(document);
    installPageStyle(document);
    const styles = document.querySelectorAll('style');
    expect(styles.length).toBe(1);
    expect(styles[0]?.textContent).toContain(`[${HIDDEN_ATTR}]{display:none!important}`);
    remove();
    expect(document.querySelectorAll('style').length).toBe(0);
  });
});

describe('taking the whole page', () => {
  it('marks the path from <html> to the host, <html> with the theme, and gives every element back', () => {
    const before = document.documentElement.outerHTML;
    const host = document.createElement('cable-reader-view');
    document.querySelector('code')?.before(host);
    const withHost = document.documentElement.outerHTML;
    takeWholePage(host, 'dark');
    expect(document.documentElement.getAttribute(PAGE_ATTR)).toBe('dark');
    expect(document.body.hasAttribute(PAGE_ATTR)).toBe(true);
    expect(document.querySelector('.pane')?.hasAttribute(PAGE_ATTR)).toBe(true);
    // Siblings off the path stay unmarked: the stylesheet hides them.
    expect(document.querySelector('h3')?.hasAttribute(PAGE_ATTR)).toBe(false);
    expect(host.hasAttribute(PAGE_ATTR)).toBe(false);
    takeWholePage(host, 'sepia');
    expect(document.documentElement.getAttribute(PAGE_ATTR)).toBe('sepia');
    giveBackPage(document);
    expect(document.documentElement.outerHTML).toBe(withHost);
    host.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('hides what is off the path and lays the path flat, in the page stylesheet', () => {
    expect(PAGE_CSS).toContain(
      `html[${PAGE_ATTR}] body :not([${PAGE_ATTR}]):not(cable-reader-view){display:none!important}`,
    );
    expect(PAGE_CSS).toMatch(
      /\[data-cable-reader-page\]:not\(html\)\{display:block!important;[^}]*max-width:none/,
    );
  });
});
