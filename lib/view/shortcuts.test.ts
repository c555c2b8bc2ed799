import { describe, expect, it } from 'vitest';
import { type KeyPress, SHORTCUTS, shortcutFor } from './shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: { tagName: 'DIV' },
  ...more,
});

describe('shortcutFor', () => {
  it('maps each listed key to its action', () => {
    for (const s of SHORTCUTS) expect(shortcutFor(press(s.key))).toBe(s.action);
    expect(SHORTCUTS.map((s) => s.key).join('')).toBe('jkgobnct?');
  });

  it('ignores modified keys, compositions and keys it does not list', () => {
    expect(shortcutFor(press('j', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('c', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('j', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('J'))).toBeNull();
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('never fires while the reader types in a field', () => {
    expect(shortcutFor(press('j', { target: { tagName: 'INPUT', type: 'text' } }))).toBeNull();
    expect(shortcutFor(press('j', { target: { tagName: 'INPUT', type: 'search' } }))).toBeNull();
    expect(shortcutFor(press('j', { target: { tagName: 'textarea' } }))).toBeNull();
    expect(shortcutFor(press('j', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
    // A checkbox takes no text: the key is still a shortcut there.
    expect(shortcutFor(press('j', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('next');
  });
});
