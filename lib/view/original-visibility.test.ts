// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, hideOriginal, installPageStyle, showOriginal } from './original-visibility';

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
