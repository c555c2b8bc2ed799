import { describe, expect, it } from 'vitest';
import { isAllCaps, namesFrom, sentenceCase } from './sentence-case';

const hints = { names: namesFrom(['Embassy Testville', 'SECSTATE WASHDC']) };

describe('sentenceCase', () => {
  it('lowers the text, capitalises sentence starts and keeps acronyms and ids', () => {
    expect(
      sentenceCase('THE AMBASSADOR MET USG AND GOK OFFICIALS ON 12 MAY. THEY AGREED: NATO WILL ACT.', hints),
    ).toBe('The ambassador met USG and GOK officials on 12 may. They agreed: NATO will act.');
  });

  it('capitalises names the header gives, and keeps every character’s place', () => {
    const text = 'EMBASSY TESTVILLE REPORTED (REF A) ON 09TESTVILLE123.';
    const out = sentenceCase(text, hints);
    expect(out).toBe('Embassy Testville reported (ref A) on 09TESTVILLE123.');
    expect(out.length).toBe(text.length);
    expect(out.toUpperCase()).toBe(text.toUpperCase());
  });

  it('continues a sentence when told the text does not start one', () => {
    expect(sentenceCase('THE END.', hints, false)).toBe('the end.');
  });
});

describe('isAllCaps', () => {
  it('tells a teletype cable from one in mixed case', () => {
    expect(isAllCaps(['THE AMBASSADOR MET THE FOREIGN MINISTER TODAY AND DISCUSSED THE ELECTIONS.'])).toBe(
      true,
    );
    expect(isAllCaps(['The Ambassador met the Foreign Minister today and discussed the elections.'])).toBe(
      false,
    );
    expect(isAllCaps(['SHORT'])).toBe(false);
  });
});
