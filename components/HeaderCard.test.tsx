// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { block, cable } from '../tests/fixtures/documents';
import { HeaderCard } from './HeaderCard';

afterEach(cleanup);

function renderCard() {
  const doc = cable([block({ key: '1' })], {
    classification: 'SECRET//NOFORN',
    level: 'S',
    date: '2099-01-05T09:09',
    origin: 'Embassy Testville',
    subject: 'A TEST SUBJECT',
    to: ['SECSTATE WASHDC', 'A', 'B', 'C', 'D', 'E'],
    tags: ['PGOV', 'ZZZQ'],
    references: [
      { letter: 'A', text: '99 TESTPOST 12', id: '99TESTPOST12' },
      { letter: 'B', text: 'PHONE CALL OF MARCH 3', id: null },
    ],
    classifiedBy: 'Ambassador T. Tester',
    reasons: ['1.4(b)', '1.4(d)'],
    declassify: '2109-01-05',
  });
  return { doc, ...render(<HeaderCard doc={doc} headingId="subject" detailsOpen={true} />) };
}

describe('HeaderCard', () => {
  it('shows the banner coloured by level, the subject as the heading and the fields', () => {
    const { container } = renderCard();
    const banner = container.querySelector('.cr-banner');
    expect(banner?.getAttribute('data-level')).toBe('S');
    expect(banner?.textContent).toContain('SECRET//NOFORN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A TEST SUBJECT');
    expect(container.querySelector('time')?.textContent).toBe('5 January 2099, 09:09');
    expect(container.textContent).toContain('Ambassador T. Tester (reasons 1.4(b), 1.4(d))');
    expect(container.textContent).toContain('5 January 2109');
  });

  it('gives common tags their meaning and leaves unknown codes bare', () => {
    const { container } = renderCard();
    const tags = [...container.querySelectorAll('.cr-tag')];
    expect(tags[0]?.querySelector('.cr-tag-meaning')?.textContent).toBeTruthy();
    expect(tags[1]?.textContent).toBe('ZZZQ');
  });

  it('links a reference to its cable on PlusD only where an id was formed', () => {
    renderCard();
    const link = screen.getByRole('link', { name: '99 TESTPOST 12' });
    expect(link.getAttribute('href')).toBe('https://wikileaks.org/plusd/cables/99TESTPOST12_a.html');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('link', { name: 'PHONE CALL OF MARCH 3' })).toBeNull();
  });

  it('keeps id, date, origin and subject in view and long details behind one control', () => {
    const { doc, container, rerender } = renderCard();
    const onDetails = vi.fn();
    rerender(<HeaderCard doc={doc} headingId="subject" detailsOpen={false} onDetails={onDetails} />);
    expect(container.querySelector('.cr-kicker')?.textContent).toBe(
      '99TESTPOST1 · 5 January 2099, 09:09 · Embassy Testville',
    );
    const toggle = screen.getByRole('button', { name: /^Details/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('6 addressees, 2 tags, 2 references');
    expect((container.querySelector('.cr-fields') as HTMLElement).hidden).toBe(true);
    fireEvent.click(toggle);
    expect(onDetails).toHaveBeenCalledWith(true);
  });

  it('shows short details without a control', () => {
    const doc = cable([block({ key: '1' })], { tags: ['PGOV'], to: ['SECSTATE WASHDC'] });
    const { container } = render(<HeaderCard doc={doc} headingId="subject" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect((container.querySelector('.cr-fields') as HTMLElement).hidden).toBe(false);
  });

  it('links tags to the index the caller names', () => {
    const doc = cable([block({ key: '1' })], { tags: ['PGOV'] });
    render(
      <HeaderCard doc={doc} headingId="subject" tagUrl={(t) => `https://wikileaks.org/tag/${t}_0.html`} />,
    );
    expect(screen.getByRole('link', { name: /PGOV/ }).getAttribute('href')).toBe(
      'https://wikileaks.org/tag/PGOV_0.html',
    );
  });

  it('keeps a long addressee list short behind a disclosure', () => {
    const { container } = renderCard();
    expect(container.querySelector('details summary')?.textContent).toContain('and 2 more');
  });
});

describe('HeaderCard: header additions', () => {
  function renderRich() {
    const doc = cable([block({ key: '1' })], {
      subject: 'A TEST SUBJECT',
      tags: ['PGOV', 'KZ', 'DOE, JOHN', 'ZZQORG'],
      tagKinds: ['subject', 'geographic', 'person', 'organisation'],
      references: [
        { letter: 'A', text: 'TESTPOST 12', id: '99TESTPOST12', kind: 'cable' },
        { letter: 'A', text: '13', id: '99TESTPOST13', kind: 'cable' },
        { letter: 'B', text: 'DOE-ROE EMAIL 3/4', id: null, kind: 'email' },
      ],
      excluded: ['AMCONSUL FARTOWN'],
      precedence: 'IMMEDIATE',
      conflicts: [{ field: 'id', page: '99TESTPOST12', text: '99TESTPOST21' }],
    });
    return render(<HeaderCard doc={doc} headingId="subject" detailsOpen={true} />);
  }

  it('shows tag kinds, a person or an unexplained code by its kind', () => {
    const { container } = renderRich();
    const tags = [...container.querySelectorAll('.cr-tag')];
    expect(tags.map((t) => t.getAttribute('data-kind'))).toEqual([
      'subject',
      'geographic',
      'person',
      'organisation',
    ]);
    expect(tags[2]?.textContent).toBe('DOE, JOHNperson');
    // A code without a meaning in the catalog still shows its kind.
    expect(tags[3]?.textContent).toBe('ZZQORGorganisation');
  });

  it('gives an item its letter once, every cable its link, other documents their kind', () => {
    const { container } = renderRich();
    expect([...container.querySelectorAll('.cr-ref-letter')].map((l) => l.textContent)).toEqual(['A.', 'B.']);
    expect(screen.getByRole('link', { name: '13' }).getAttribute('href')).toContain('99TESTPOST13');
    expect(container.querySelector('.cr-refs li[data-kind="email"]')?.textContent).toBe(
      'B.DOE-ROE EMAIL 3/4 (e-mail)',
    );
  });

  it('shows exclusions, precedence and where page and text differ', () => {
    const { container } = renderRich();
    expect(container.textContent).toContain('ExcludedAMCONSUL FARTOWN');
    expect(container.textContent).toContain('PrecedenceIMMEDIATE');
    expect(container.querySelector('.cr-conflicts')?.textContent).toBe(
      'Reference: 99TESTPOST12 on the page, 99TESTPOST21 in the text',
    );
  });

  it('shows each addressee for action or information with the precedence its line gives', () => {
    const doc = cable([block({ key: '1' })], {
      to: ['SECSTATE WASHDC', 'AMEMBASSY FARTOWN'],
      info: ['USMISSION TESTVILLE'],
      addressees: [
        { name: 'SECSTATE WASHDC', list: 'to', precedence: 'IMMEDIATE' },
        { name: 'AMEMBASSY FARTOWN', list: 'to', precedence: null },
        { name: 'USMISSION TESTVILLE', list: 'info', precedence: 'ROUTINE' },
      ],
    });
    const { container } = render(<HeaderCard doc={doc} headingId="subject" detailsOpen={true} />);
    const fields = [...container.querySelectorAll('.cr-field')].map((f) => f.textContent);
    expect(fields).toContain('To (action)SECSTATE WASHDC IMMEDIATE; AMEMBASSY FARTOWN');
    expect(fields).toContain('Info (information)USMISSION TESTVILLE ROUTINE');
    expect([...container.querySelectorAll('.cr-prec')].map((p) => p.textContent)).toEqual([
      ' IMMEDIATE',
      ' ROUTINE',
    ]);
  });

  it('says when the mirror holds a partial extract or only the header', () => {
    const { container, rerender } = render(
      <HeaderCard doc={cable([block({ key: '1' })], { partial: true })} headingId="s" />,
    );
    expect([...container.querySelectorAll('.cr-card-note')].map((p) => p.textContent)).toEqual([
      'Partial extract: the mirror holds only part of the original cable; the full text is not available.',
    ]);
    rerender(<HeaderCard doc={cable([], { subject: 'HEADER ONLY' })} headingId="s" />);
    expect([...container.querySelectorAll('.cr-card-note')].map((p) => p.textContent)).toEqual([
      "This mirror shows only the cable's header: it holds no body text.",
    ]);
    rerender(<HeaderCard doc={cable([block({ key: '1' })])} headingId="s" />);
    expect(container.querySelector('.cr-card-note')).toBeNull();
  });
});
