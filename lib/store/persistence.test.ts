import { describe, expect, it } from 'vitest';
import { requestPersistence } from './persistence';

describe('requestPersistence', () => {
  it('asks for durable storage and reports what the browser granted', async () => {
    let asked = 0;
    const granting = {
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
    };
    expect(await requestPersistence(granting)).toBe('persisted');
    expect(asked).toBe(1);
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe(
      'refused',
    );
  });

  it('does not ask again when storage is already durable', async () => {
    let asked = 0;
    const already = {
      persisted: async () => true,
      persist: async () => {
        asked++;
        return true;
      },
    };
    expect(await requestPersistence(already)).toBe('persisted');
    expect(asked).toBe(0);
  });

  it('reports "unavailable" where the API is missing or fails, without throwing', async () => {
    expect(await requestPersistence(undefined)).toBe('unavailable');
    expect(await requestPersistence({})).toBe('unavailable');
    const broken = { persist: async (): Promise<boolean> => Promise.reject(new Error('denied')) };
    expect(await requestPersistence(broken)).toBe('unavailable');
  });
});
