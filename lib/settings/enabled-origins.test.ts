import { describe, expect, it } from 'vitest';
import { enabledOrigins, originPattern, planRegistration } from './enabled-origins';

describe('originPattern', () => {
  it('enables the whole origin of a web page, port included', () => {
    expect(originPattern('https://example.org/cables/1.html?x#par2')).toBe('https://example.org/*');
    expect(originPattern('http://localhost:8080/a')).toBe('http://localhost:8080/*');
  });

  it('has nothing to enable on browser and extension pages', () => {
    expect(originPattern('chrome://extensions/')).toBeNull();
    expect(originPattern('about:blank')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('enabledOrigins', () => {
  it('keeps the granted web origins and drops the manifest mirrors', () => {
    expect(
      enabledOrigins([
        'https://b.example/*',
        '*://wikileaks.org/cable/*',
        'https://a.example/*',
        'https://b.example/*',
      ]),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(enabledOrigins(['chrome://favicon/*', 'file:///*'])).toEqual([]);
    expect(enabledOrigins(undefined)).toEqual([]);
  });
});

describe('planRegistration', () => {
  it('registers for the first enabled host and updates when the set changes', () => {
    expect(planRegistration(['https://a.example/*'], null)).toEqual({
      action: 'register',
      matches: ['https://a.example/*'],
    });
    expect(planRegistration(['https://a.example/*', 'https://b.example/*'], ['https://a.example/*'])).toEqual(
      {
        action: 'update',
        matches: ['https://a.example/*', 'https://b.example/*'],
      },
    );
  });

  it('leaves a registration that already matches, and removes it with the last host', () => {
    expect(planRegistration(['https://a.example/*'], ['https://a.example/*'])).toEqual({ action: 'none' });
    expect(planRegistration([], ['https://a.example/*'])).toEqual({ action: 'unregister' });
    expect(planRegistration([], null)).toEqual({ action: 'none' });
  });
});
