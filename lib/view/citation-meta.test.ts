// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { block, cable } from '../../tests/fixtures/documents';
import { citationMeta, installCitationMeta } from './citation-meta';

const doc = cable([block({ key: '1' })], {
  subject: 'A TEST SUBJECT',
  origin: 'Embassy Testville',
  date: '2099-01-05T09:09',
  classification: 'SECRET',
});

describe('citation metadata', () => {
  it('names title, author, date, number, publisher and URL as reference managers read them', () => {
    const pairs = new Map(citationMeta(doc, 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par3'));
    expect(pairs.get('citation_title')).toBe('A TEST SUBJECT');
    expect(pairs.get('citation_author')).toBe('Embassy Testville');
    expect(pairs.get('citation_date')).toBe('2099/01/05');
    expect(pairs.get('citation_technical_report_number')).toBe('99TESTPOST1');
    expect(pairs.get('citation_publisher')).toBe('WikiLeaks');
    expect(pairs.get('citation_public_url')).toBe('https://wikileaks.org/cable/2099/01/99TESTPOST1.html');
  });

  it('adds its tags once and takes them all away, leaving the page’s own', () => {
    document.head.innerHTML = '<meta name="description" content="mirror">';
    const before = document.head.innerHTML;
    installCitationMeta(document, citationMeta(doc, 'https://wikileaks.org/x.html'));
    const remove = installCitationMeta(document, citationMeta(doc, 'https://wikileaks.org/x.html'));
    expect(document.querySelectorAll('meta[name="citation_title"]').length).toBe(1);
    remove();
    expect(document.head.innerHTML).toBe(before);
  });
});
