// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel, type ImportOutcome, reportText } from './BackupPanel';

const counts = (added: number, updated: number, unchanged: number) => ({ added, updated, unchanged });

describe('reportText', () => {
  it('says what an import added and updated', () => {
    expect(reportText({ cables: counts(1, 0, 0), bookmarks: counts(2, 1, 0), notes: counts(1, 0, 3) })).toBe(
      '1 cable added, 2 bookmarks added, 1 bookmark updated, 1 note added; 3 records already here.',
    );
  });

  it('says when nothing was new', () => {
    expect(reportText({ cables: counts(0, 0, 1), bookmarks: counts(0, 0, 1), notes: counts(0, 0, 0) })).toBe(
      'Nothing new: all 2 records were already here.',
    );
  });
});

afterEach(cleanup);

function panel(outcome: ImportOutcome, onImportValid = vi.fn(), onCancelImport = vi.fn()) {
  render(
    <BackupPanel
      stored={{ cables: 1, bookmarks: 1, notes: 0 }}
      persistence={null}
      onExport={() => undefined}
      onImportFile={() => undefined}
      onImportValid={onImportValid}
      onCancelImport={onCancelImport}
      outcome={outcome}
      exporting={null}
      error={null}
    />,
  );
  return { onImportValid, onCancelImport };
}

describe('the backup page’s import', () => {
  it('shows how much of the file has been read while it imports', () => {
    panel({ kind: 'busy', fileName: 'backup.json', done: 30_000_000, total: 73_000_000 });
    const bar = document.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('30000000');
    expect(bar?.getAttribute('max')).toBe('73000000');
    expect(document.querySelector('.mg-progress')?.textContent).toBe('30 of 73 MB read');
  });

  it('lists a file’s invalid records and offers to import the sound ones, or none', () => {
    const { onImportValid, onCancelImport } = panel({
      kind: 'has-invalid',
      fileName: 'backup.json',
      valid: { cables: 2, bookmarks: 3, notes: 1, highlights: 0 },
      rejected: [{ collection: 'bookmarks', index: 4, problem: 'bookmarks[4].cableId: not a cable id' }],
      rejectedCount: 3,
    } as ImportOutcome);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('backup.json has 3 records that cannot be imported:');
    expect(alert.textContent).toContain('bookmarks[4].cableId: not a cable id');
    expect(alert.textContent).toContain('and 2 more');
    fireEvent.click(screen.getByRole('button', { name: 'Import the 6 sound records' }));
    expect(onImportValid).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Don’t import' }));
    expect(onCancelImport).toHaveBeenCalledTimes(1);
  });
});
