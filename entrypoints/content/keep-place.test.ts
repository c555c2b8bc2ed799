// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepingPlace } from './keep-place';

function shadowWith(html: () => HTMLElement[]): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(...html());
  return shadow;
}

function para(key: string): HTMLElement {
  const el = document.createElement('div');
  el.id = `par${key}`;
  el.dataset.key = key;
  el.tabIndex = 0;
  const num = document.createElement('a');
  num.className = 'cr-num';
  num.href = `#par${key}`;
  el.append(num);
  return el;
}

describe('keepingPlace', () => {
  it('gives focus back to the element that replaced the focused one', () => {
    const shadow = shadowWith(() => [para('1'), para('2')]);
    (shadow.getElementById('par2') as HTMLElement).focus();
    keepingPlace(shadow, () => shadow.replaceChildren(para('1'), para('2')));
    const now = shadow.getElementById('par2');
    expect(now?.isConnected).toBe(true);
    expect(shadow.activeElement).toBe(now);
  });

  it('finds an element without an id by its paragraph and its class', () => {
    const shadow = shadowWith(() => [para('3')]);
    (shadow.querySelector('.cr-num') as HTMLElement).focus();
    keepingPlace(shadow, () => shadow.replaceChildren(para('3')));
    expect(shadow.activeElement).toBe(shadow.querySelector('[data-key="3"] .cr-num'));
  });

  it('leaves focus alone where the render kept the node', () => {
    const shadow = shadowWith(() => [para('4')]);
    const kept = shadow.getElementById('par4') as HTMLElement;
    kept.focus();
    keepingPlace(shadow, () => kept.setAttribute('data-para', '4'));
    expect(shadow.activeElement).toBe(kept);
  });
});
