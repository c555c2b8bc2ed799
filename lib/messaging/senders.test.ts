import { describe, expect, it } from 'vitest';
import { type SenderInfo, senderKind } from './senders';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

const senders = {
  popup: { url: `${ORIGIN}popup.html`, extensionOrigin: ORIGIN },
  optionsTab: {
    url: `${ORIGIN}options.html`,
    tab: { id: 3, url: `${ORIGIN}options.html` },
    extensionOrigin: ORIGIN,
  },
  frame: {
    url: `${ORIGIN}note.html`,
    tab: { id: 4, url: 'https://mirror.example/cable/1' },
    extensionOrigin: ORIGIN,
  },
  contentScript: { url: 'https://mirror.example/cable/1', tab: { id: 4 }, extensionOrigin: ORIGIN },
  lookalike: {
    url: 'https://evil.example/chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    tab: { id: 5 },
    extensionOrigin: ORIGIN,
  },
  otherExtension: {
    url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html',
    extensionOrigin: ORIGIN,
  },
  noUrl: { extensionOrigin: ORIGIN },
} satisfies Record<string, SenderInfo>;

describe('senderKind', () => {
  it('classifies senders by the URL the browser reports', () => {
    expect(senderKind(senders.popup)).toBe('extension-page');
    expect(senderKind(senders.optionsTab)).toBe('extension-page');
    expect(senderKind(senders.frame)).toBe('extension-frame');
    expect(senderKind(senders.contentScript)).toBe('page');
    expect(senderKind(senders.lookalike)).toBe('page');
    expect(senderKind(senders.otherExtension)).toBe('unknown');
    expect(senderKind(senders.noUrl)).toBe('unknown');
  });

  it('accepts Firefox origins and an origin written without its slash', () => {
    const firefox = 'moz-extension://1b2c3d4e-aaaa-bbbb-cccc-1234567890ab';
    expect(senderKind({ url: `${firefox}/popup.html`, extensionOrigin: firefox })).toBe('extension-page');
    expect(senderKind({ url: `${firefox}evil/popup.html`, extensionOrigin: firefox })).toBe('unknown');
  });

  it('trusts nobody when the extension origin is missing or is a web origin', () => {
    expect(senderKind({ url: 'https://mirror.example/', extensionOrigin: '' })).toBe('unknown');
    expect(senderKind({ url: 'https://mirror.example/x', extensionOrigin: 'https://mirror.example/' })).toBe(
      'unknown',
    );
  });
});
