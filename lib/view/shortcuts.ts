// The clean view's single-key shortcuts (j/k/g/o/b/n/c/t/?) and the rule for when a key press is one: never with
// a modifier, never while typing in a field, never on an IME composition. Pure over the event's plain fields.

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'go-to'
  | 'outline'
  | 'bookmark'
  | 'note'
  | 'cite'
  | 'toggle'
  | 'help';

export interface Shortcut {
  key: string;
  action: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'g', action: 'go-to' },
  { key: 'o', action: 'outline' },
  { key: 'b', action: 'bookmark' },
  { key: 'n', action: 'note' },
  { key: 'c', action: 'cite' },
  { key: 't', action: 'toggle' },
  { key: '?', action: 'help' },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s.action]));

/** The fields of a KeyboardEvent the rule reads. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  /** The element the key went to (inside our shadow root, the innermost). */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Inputs a letter does not type into: a letter there still means a shortcut.
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** True while the key goes to a place that takes text. */
function isTyping(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase() ?? '';
  if (tag === 'INPUT') return !NOT_TYPED.has((target.type ?? 'text').toLowerCase());
  return TYPING.has(tag);
}

/** The action a key press asks for, or null when it is no shortcut (or one that must not fire here). */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.isComposing) return null;
  if (isTyping(press.target)) return null;
  return BY_KEY.get(press.key) ?? null;
}
