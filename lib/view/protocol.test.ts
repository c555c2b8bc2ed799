import { describe, expect, it } from 'vitest';
import { isBackgroundViewRequest, isViewRequest, isViewState } from './protocol';

describe('isViewRequest', () => {
  it('accepts the requests a content script answers', () => {
    expect(isViewRequest({ type: 'view:get-state' })).toBe(true);
    expect(isViewRequest({ type: 'view:toggle' })).toBe(true);
    expect(isViewRequest({ type: 'view:set-mode', mode: 'original' })).toBe(true);
    expect(isViewRequest({ type: 'view:go-to', key: '4' })).toBe(true);
  });

  it('rejects malformed and foreign messages', () => {
    expect(isViewRequest(null)).toBe(false);
    expect(isViewRequest('view:toggle')).toBe(false);
    expect(isViewRequest({ type: 'view:set-mode', mode: 'dark' })).toBe(false);
    expect(isViewRequest({ type: 'view:go-to', key: '' })).toBe(false);
    expect(isViewRequest({ type: 'bookmark:add' })).toBe(false);
  });
});

describe('isBackgroundViewRequest', () => {
  it('accepts a command with or without a tab', () => {
    expect(isBackgroundViewRequest({ type: 'command', command: 'toggle-view' })).toBe(true);
    expect(isBackgroundViewRequest({ type: 'command', command: 'toggle-view', tabId: 12 })).toBe(true);
    expect(isBackgroundViewRequest({ type: 'open-options' })).toBe(true);
    expect(isBackgroundViewRequest({ type: 'view:load-reader' })).toBe(true);
    expect(isBackgroundViewRequest({ type: 'get-shortcut', command: 'toggle-view' })).toBe(true);
  });

  it('rejects a command with a bad tab id or no command', () => {
    expect(isBackgroundViewRequest({ type: 'command', command: 'toggle-view', tabId: '12' })).toBe(false);
    expect(isBackgroundViewRequest({ type: 'command', command: 'toggle-view', tabId: 1.5 })).toBe(false);
    expect(isBackgroundViewRequest({ type: 'command' })).toBe(false);
    expect(isBackgroundViewRequest({ type: 'view:toggle' })).toBe(false);
  });
});

describe('isViewState', () => {
  it('accepts a content script answer and rejects anything else', () => {
    expect(isViewState({ mode: 'clean', id: '99TESTPOST1', subject: null, site: 'cablegate' })).toBe(true);
    expect(isViewState({ mode: 'clean', id: 5, subject: null, site: 'cablegate' })).toBe(false);
    expect(isViewState(true)).toBe(false);
    expect(isViewState(undefined)).toBe(false);
  });
});
