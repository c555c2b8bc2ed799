import { describe, expect, it } from 'vitest';
import { block, cable } from '../../tests/fixtures/documents';
import { citationText } from './citation';

const url = 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par2';

describe('citationText', () => {
  it('cites origin, subject, id, day, paragraph, marking and the paragraph link', () => {
    const para = block({ key: '4', marking: 'S//NF' });
    const doc = cable([para], {
      origin: 'Embassy Testville',
      subject: 'A TEST SUBJECT',
      date: '2099-01-05T09:09',
    });
    expect(citationText(doc, para, url)).toBe(
      'Embassy Testville, "A TEST SUBJECT", cable 99TESTPOST1, 2099-01-05, para. 4 (S//NF), ' +
        'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par4',
    );
  });

  it('leaves out what is unknown and keeps the label as written', () => {
    const para = block({ key: '45-2', number: '45' });
    const doc = cable([para], {}, null);
    expect(citationText(doc, para, url)).toBe(
      'para. 45, https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par45-2',
    );
  });
});
