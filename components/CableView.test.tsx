// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CableDocument } from '../lib/cable/types';
import { cleanCopy } from '../lib/view/clean-copy';
import { block, cable } from '../tests/fixtures/documents';
import { CableView } from './CableView';

afterEach(cleanup);

const PAGE = 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html';

function sample(): CableDocument {
  const doc = cable(
    [
      block({ key: 't1', kind: 'heading', number: null, text: 'Background' }),
      block({ key: '1', marking: 'C', markingWritten: '(C)', text: 'First paragraph.' }),
      block({ key: '1.a', kind: 'subparagraph', number: 'A', parent: '1', depth: 1, text: 'Sub one.' }),
      block({ key: '1.l1', kind: 'list-item', number: null, parent: '1', depth: 1, text: 'Item one.' }),
      block({ key: '1.l2', kind: 'list-item', number: null, parent: '1', depth: 1, text: 'Item two.' }),
      block({
        key: '2',
        marking: 'S//NF',
        markingWritten: '(S/NF)',
        text: 'Second <b>bold</b> XXXXXXXXXXXX.',
      }),
      block({ key: '3', text: 'Third, unmarked.' }),
      block({ key: 'sig', kind: 'signature', number: null, text: 'TESTER' }),
    ],
    { subject: 'A TEST SUBJECT', date: '2099-01-05', origin: 'Embassy Testville' },
  );
  doc.pageBreaks = [{ text: 'TESTPOST 00000001 002 OF 002', page: 2, of: 2, offset: 300, blockKey: '2' }];
  return doc;
}

function renderView(overrides: Partial<Parameters<typeof CableView>[0]> = {}) {
  const copy = vi.fn(async () => true);
  const announce = vi.fn();
  const utils = render(
    <CableView
      doc={sample()}
      pageUrl={PAGE}
      pageMarkers={true}
      onPageMarkers={() => undefined}
      copy={copy}
      announce={announce}
      {...overrides}
    />,
  );
  return { ...utils, copy, announce };
}

describe('CableView contract', () => {
  it('gives each numbered paragraph its link id, label and normalised marking', () => {
    const { container } = renderView();
    const paras = [...container.querySelectorAll('[data-para]')];
    expect(paras.map((p) => [p.id, p.getAttribute('data-para'), p.getAttribute('data-marking')])).toEqual([
      ['par1', '1', 'C'],
      ['par2', '2', 'S//NF'],
      ['par3', '3', null],
    ]);
  });

  it('writes page text as text, never as markup', () => {
    const { container } = renderView();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('#par2')?.textContent).toContain('Second <b>bold</b>');
  });

  it('lays out sub-paragraphs and lists inside their paragraph, and marks redactions', () => {
    const { container } = renderView();
    const first = container.querySelector('#par1');
    expect(first?.querySelector('.cr-sub')?.textContent).toContain('Sub one.');
    expect([...(first?.querySelectorAll('ul > li') ?? [])].map((li) => li.textContent)).toEqual([
      'Item one.',
      'Item two.',
    ]);
    expect(container.querySelector('.cr-redacted')?.textContent).toContain('[redacted]');
    expect(container.querySelector('.cr-signature')?.textContent).toBe('TESTER');
    expect(container.querySelector('h2.cr-heading')?.textContent).toBe('Background');
  });

  it('explains every marking badge on hover and to screen readers', () => {
    const { container } = renderView();
    const badge = container.querySelector('#par2 .cr-badge');
    expect(badge?.getAttribute('title')).toMatch(/^Secret, no foreign nationals/);
    expect(badge?.getAttribute('title')).toContain('(written (S/NF))');
    // Said once, shortly: the long meaning is the hover text's.
    expect(badge?.querySelector('.cr-sr')?.textContent).toBe('Secret, NOFORN: ');
    expect(badge?.getAttribute('data-copy')).toBe('(S/NF) ');
  });

  it('shows a page marker in words, never the header as written, and hides markers when asked', () => {
    const { container, rerender } = renderView();
    const marker = container.querySelector('.cr-page-marker');
    expect(marker?.textContent).toBe('page 2 of 2');
    expect(marker?.nextElementSibling?.id).toBe('par2');
    expect(container.textContent).not.toContain('TESTPOST 00000001');
    rerender(
      <CableView
        doc={sample()}
        pageUrl={PAGE}
        pageMarkers={false}
        onPageMarkers={() => undefined}
        copy={async () => true}
        announce={() => undefined}
      />,
    );
    expect(container.querySelector('.cr-page-marker')).toBeNull();
  });

  it('marks a break inside a paragraph where the sentences were rejoined, out of the copy', () => {
    const doc = sample();
    const text = 'Third, unmarked.';
    doc.pageBreaks = [
      { text: 'TESTPOST 00000001 002 OF 002', page: 2, of: 2, offset: 300, blockKey: '3', inBlock: 7 },
    ];
    const { container } = renderView({ doc });
    expect(container.querySelector('.cr-page-marker')).toBeNull();
    const lead = container.querySelector('#par3 .cr-lead') as HTMLElement;
    const mark = lead.querySelector('.cr-page-mark') as HTMLElement;
    expect(mark.textContent).toBe('page 2 of 2');
    expect(mark.previousSibling?.textContent).toBe(text.slice(0, 7));
    expect(mark.nextSibling?.textContent).toBe(text.slice(7));
    const range = document.createRange();
    range.selectNodeContents(container.querySelector('#par3') as HTMLElement);
    expect(cleanCopy(range).text).toBe('3. Third, unmarked.');
  });

  it('leaves no page marker where the marking filter hides the paragraphs', async () => {
    const doc = sample();
    doc.pageBreaks = [
      { text: 'TESTPOST 00000001 002 OF 003', page: 2, of: 3, offset: 100, blockKey: '1' },
      { text: 'TESTPOST 00000001 003 OF 003', page: 3, of: 3, offset: 300, blockKey: '3', inBlock: 7 },
    ];
    const { container } = renderView({ doc });
    const shown = () =>
      [...container.querySelectorAll<HTMLElement>('.cr-page-marker, .cr-page-mark')]
        .filter((m) => !m.closest('[hidden]'))
        .map((m) => m.textContent);
    expect(shown()).toEqual(['page 2 of 3', 'page 3 of 3']);
    fireEvent.click(screen.getByRole('button', { name: /^S\/\/NF, 1:/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hide the others' }));
    await waitFor(() => expect((container.querySelector('#par1') as HTMLElement).hidden).toBe(true));
    expect(shown()).toEqual([]);
  });
});

describe('CableView controls', () => {
  it('copies a link to the paragraph and says so', async () => {
    const { copy, announce } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to paragraph 2' }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied the link to paragraph 2.'));
    expect(copy).toHaveBeenCalledWith(`${PAGE}#par2`);
  });

  it('copies a citation with id, date, paragraph, marking and link', async () => {
    const { copy } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation of paragraph 2' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'One line with link' }));
    await waitFor(() => expect(copy).toHaveBeenCalled());
    expect(copy).toHaveBeenCalledWith(
      `Embassy Testville, "A TEST SUBJECT", cable 99TESTPOST1, 2099-01-05, para. 2 (S//NF), ${PAGE}#par2`,
    );
  });

  it('offers every citation style in a menu, and quotes the selection', async () => {
    const { copy, announce } = renderView({ selectedText: () => 'Second bold.' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation of paragraph 2' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Short',
      'One line with link',
      'Chicago note',
      'APA',
      'BibTeX',
      'RIS',
      'CSL-JSON',
    ]);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Short' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith('"Second bold." (99TESTPOST1, para. 2 (S//NF))'));
    expect(announce).toHaveBeenCalledWith('Copied the Short citation of paragraph 2.');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('links cross-references to their paragraph and to the card’s reference', async () => {
    const doc = sample();
    doc.meta.references = [{ letter: 'A', text: '99 TESTPOST 7', id: '99TESTPOST7' }];
    (doc.blocks[6] as { text: string }).text = 'As in para 2 and REF A.';
    const { container } = renderView({ doc });
    const links = [...container.querySelectorAll('#par3 a.cr-xref')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['2', '#par2'],
      ['A', '#cr-ref-A'],
    ]);
  });

  it('shows an all-caps cable in sentence case when asked, the text as sent kept for the copy', () => {
    const doc = cable([
      block({ key: '1', text: 'THE AMBASSADOR MET THE MINISTER AND THE USG DELEGATION TODAY.' }),
    ]);
    const { container } = renderView({ doc, sentenceCase: true });
    const lead = container.querySelector('#par1 .cr-lead') as HTMLElement;
    expect(lead.textContent).toBe('The ambassador met the minister and the USG delegation today.');
    expect(lead.querySelector('[data-copy-case]')?.getAttribute('data-copy-case')).toBe(
      'THE AMBASSADOR MET THE MINISTER AND THE USG DELEGATION TODAY.',
    );
  });

  it('reports a refused copy', async () => {
    const { announce } = renderView({ copy: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to paragraph 1' }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Could not copy/)));
  });

  it('summarises markings and highlights, then isolates, the paragraphs of one marking', async () => {
    const { container } = renderView();
    expect(container.querySelector('.cr-markings-total')?.textContent).toBe('2 marked, highest Secret');
    fireEvent.click(screen.getByRole('button', { name: /^S\/\/NF, 1:/ }));
    await waitFor(() => expect(container.querySelector('#par2')?.classList.contains('is-match')).toBe(true));
    expect(container.querySelector('#par1')?.classList.contains('is-dimmed')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the others' }));
    await waitFor(() => expect((container.querySelector('#par1') as HTMLElement).hidden).toBe(true));
    expect((container.querySelector('#par2') as HTMLElement).hidden).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    await waitFor(() => expect((container.querySelector('#par1') as HTMLElement).hidden).toBe(false));
  });

  it('lets the reader switch page markers off', () => {
    const onPageMarkers = vi.fn();
    renderView({ onPageMarkers });
    const button = screen.getByRole('button', { name: 'Page breaks' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(onPageMarkers).toHaveBeenCalledWith(false);
  });

  it('gives every control an accessible name', () => {
    renderView({ onOpenSettings: () => undefined });
    for (const button of screen.getAllByRole('button')) {
      expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
    }
  });
});
