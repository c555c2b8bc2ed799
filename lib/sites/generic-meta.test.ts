import { describe, expect, it } from 'vitest';
import { siteMetaOf } from './generic-meta';

describe('siteMetaOf', () => {
  it('reads the unknown mirror’s metadata line and its title', () => {
    expect(siteMetaOf('09ZEMBLA123 2009-03-14 12:00:00 CONFIDENTIAL//NOFORN Embassy Zembla')).toEqual({
      id: '09ZEMBLA123',
      date: '2009-03-14T12:00',
      classification: 'CONFIDENTIAL//NOFORN',
      origin: 'Embassy Zembla',
    });
    expect(siteMetaOf('Cable title:\u00a0 PORT TALKS RESUME')).toEqual({ subject: 'PORT TALKS RESUME' });
    expect(siteMetaOf('Cable title:\u00a0 ')).toEqual({});
  });

  it('is null for anything else, and for long text that only mentions such a line', () => {
    expect(siteMetaOf('1. (C) The minister said')).toBe(null);
    expect(siteMetaOf(`09ZEMBLA123 2009-03-14 CONFIDENTIAL Embassy Zembla\n${'x'.repeat(700)}`)).toBe(null);
  });
});
