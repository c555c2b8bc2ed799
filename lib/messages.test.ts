import { describe, expect, it } from 'vitest';
import {
  ACCESS,
  createStoreClient,
  isAllowed,
  isStoreEvent,
  isStoreRequest,
  type SenderInfo,
  StoreRequestError,
  type StoreRequestType,
  senderKind,
} from './messages';

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
    expect(senderKind(senders.contentScript)).toBe('content-script');
    expect(senderKind(senders.lookalike)).toBe('content-script');
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

describe('isAllowed', () => {
  const page: StoreRequestType[] = ['bookmarks:forCable', 'bookmark:toggle', 'cable:seen', 'cable:save'];
  const notes: StoreRequestType[] = [
    'notes:list',
    'notes:add',
    'notes:update',
    'notes:delete',
    'notes:restore',
    'cable:get',
  ];
  const extensionOnly: StoreRequestType[] = [
    'bookmark:delete',
    'bookmark:restore',
    'bookmarks:list',
    'search',
    'export:json',
    'export:markdown',
    'import:json',
  ];

  it('covers every request type exactly once', () => {
    expect([...page, ...notes, ...extensionOnly].sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it.each(page)('lets content scripts and extension pages send %s', (type) => {
    expect(isAllowed({ type }, senders.contentScript)).toBe(true);
    expect(isAllowed({ type }, senders.popup)).toBe(true);
    expect(isAllowed({ type }, senders.noUrl)).toBe(false);
  });

  it.each(notes)('keeps %s (note text) to extension-origin documents', (type) => {
    expect(isAllowed({ type }, senders.contentScript)).toBe(false);
    expect(isAllowed({ type }, senders.lookalike)).toBe(false);
    expect(isAllowed({ type }, senders.frame)).toBe(true);
    expect(isAllowed({ type }, senders.popup)).toBe(true);
    expect(isAllowed({ type }, senders.optionsTab)).toBe(true);
  });

  it.each(extensionOnly)('keeps %s to extension pages in their own tab or popup', (type) => {
    expect(isAllowed({ type }, senders.contentScript)).toBe(false);
    expect(isAllowed({ type }, senders.frame)).toBe(false);
    expect(isAllowed({ type }, senders.otherExtension)).toBe(false);
    expect(isAllowed({ type }, senders.popup)).toBe(true);
    expect(isAllowed({ type }, senders.optionsTab)).toBe(true);
  });

  it('refuses unknown and inherited request types', () => {
    expect(isAllowed({ type: 'bookmarks:wipe' }, senders.popup)).toBe(false);
    expect(isAllowed({ type: 'toString' }, senders.popup)).toBe(false);
    expect(isAllowed({ type: 42 }, senders.popup)).toBe(false);
  });
});

describe('createStoreClient', () => {
  it('resolves with the value of a successful response', async () => {
    const request = createStoreClient(async () => ({ ok: true, value: { kept: true } }));
    await expect(request({ type: 'cable:seen', cable: {} as never })).resolves.toEqual({ kept: true });
  });

  it('rejects with the reader-facing message of a failure', async () => {
    const request = createStoreClient(async () => ({
      ok: false,
      error: { kind: 'quota', message: 'Storage is full.' },
    }));
    const error = await request({ type: 'bookmarks:list' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreRequestError);
    expect(error).toMatchObject({ kind: 'quota', message: 'Storage is full.' });
  });

  it('rejects clearly when nobody answers', async () => {
    const request = createStoreClient(async () => undefined);
    await expect(request({ type: 'bookmarks:list' })).rejects.toMatchObject({ kind: 'no-response' });
  });
});

describe('isStoreRequest', () => {
  it('recognises store request types, so the background can route other messages elsewhere', () => {
    expect(isStoreRequest({ type: 'bookmark:toggle' })).toBe(true);
    expect(isStoreRequest({ type: 'view:toggle' })).toBe(false);
    expect(isStoreRequest({ type: 'hasOwnProperty' })).toBe(false);
    expect(isStoreRequest('search')).toBe(false);
  });
});

describe('isStoreEvent', () => {
  it('recognises bookmarks:changed broadcasts only', () => {
    expect(isStoreEvent({ type: 'bookmarks:changed', cableId: '08ASTANA1' })).toBe(true);
    expect(isStoreEvent({ type: 'bookmarks:changed', cableId: null })).toBe(true);
    expect(isStoreEvent({ type: 'bookmarks:changed', cableId: 5 })).toBe(false);
    expect(isStoreEvent({ type: 'other' })).toBe(false);
    expect(isStoreEvent(null)).toBe(false);
  });
});
