import { describe, expect, it } from 'vitest';
import { splitGluedBanner } from './glued-banner';
import { parseCableText } from './index';

describe('a banner glued to the last address line', () => {
  it('goes back on a line of its own, spaced or not', () => {
    expect(
      splitGluedBanner('FM AMEMBASSY OSLO\nINFO DEPT OF FISHERIES WASHDCUNCLAS SECTION 01 OF 02 OSLO 000123'),
    ).toBe('FM AMEMBASSY OSLO\nINFO DEPT OF FISHERIES WASHDC\nUNCLAS SECTION 01 OF 02 OSLO 000123');
    expect(splitGluedBanner('RUEHRO/AMEMBASSY ROMEC O N F I D E N T I A L ROME 000123\n\nSIPDIS')).toBe(
      'RUEHRO/AMEMBASSY ROME\nC O N F I D E N T I A L ROME 000123\n\nSIPDIS',
    );
    expect(splitGluedBanner('TO SECSTATE WASHDCSECRET')).toBe('TO SECSTATE WASHDC\nSECRET');
  });

  it('goes back on its own line after an addressee written on a line of its own under INFO', () => {
    expect(
      splitGluedBanner(
        'FM AMEMBASSY OSLO\nINFO AMEMBASSY STOCKHOLM\nDEPT OF TREASURY WASHDCC O N F I D E N T I A L OSLO 04446',
      ),
    ).toBe(
      'FM AMEMBASSY OSLO\nINFO AMEMBASSY STOCKHOLM\nDEPT OF TREASURY WASHDC\nC O N F I D E N T I A L OSLO 04446',
    );
    for (const apart of [
      'TO SECSTATE WASHDC\n\nTHE PRESS CALLED IT THE PARISSECRET DEAL',
      'TO SECSTATE WASHDC\nSECRET OSLO 000123\nSUBJECT: THE PARISSECRET DEAL',
    ])
      expect(splitGluedBanner(apart)).toBe(apart);
  });

  it('leaves banners apart, words that begin with a banner and lines that are no address alone', () => {
    for (const text of [
      'INFO AMEMBASSY MUSCAT C O N F I D E N T I A L MUSCAT 000123',
      'TO USDEL SECRETARY',
      'THE MINISTER SAID THE TALKS WERE SECRET BUT THE PAPER WAS NOT',
      '1. (C) THE AMBASSADOR MET THE MINISTER IN ROMECONFIDENTIAL TALKS',
    ])
      expect(splitGluedBanner(text)).toBe(text);
  });

  it('lets the header read the banner and the address as two', () => {
    const doc = parseCableText(
      [
        'FM AMEMBASSY ROME',
        'TO SECSTATE WASHDC',
        'INFO RUEHFR/AMEMBASSY PARIS 0001',
        'RUEHRO/AMEMBASSY ROMEC O N F I D E N T I A L ROME 000123',
        '',
        'E.O. 12958: DECL: 03/04/2019',
        'TAGS: PREL, IT',
        'SUBJECT: ITALY: TRADE TALKS',
        '',
        '1. (C) The minister said trade would grow.',
      ].join('\n'),
    );
    expect(doc.meta.level).toBe('C');
    expect(doc.meta.info.join(' ')).not.toMatch(/C O N F/);
    expect(doc.blocks.map((b) => b.text)).toEqual(['The minister said trade would grow.']);
  });
});
