// The backup page's content: what is kept, export as JSON (restorable) or Markdown (readable), import of a JSON
// backup with the report of what it added and updated, or the reason it was refused. Presentational.
import type { ImportReport } from '../../lib/store/merge';
import { count } from './format';

export interface KeptSummary {
  cables: number;
  bookmarks: number;
  notes: number;
}

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'done'; fileName: string; report: ImportReport }
  | { kind: 'failed'; fileName: string; message: string };

interface Props {
  kept: KeptSummary | null;
  persistence: 'persisted' | 'refused' | 'unavailable' | null;
  onExport: (format: 'json' | 'markdown') => void;
  onImportFile: (file: File) => void;
  outcome: ImportOutcome;
  error: string | null;
}

/** "2 cables added, 1 bookmark updated, 3 notes added", or that nothing was new. */
export function reportText(report: ImportReport): string {
  const parts: string[] = [];
  const kinds = [
    ['cable', report.cables],
    ['bookmark', report.bookmarks],
    ['note', report.notes],
  ] as const;
  for (const [name, counts] of kinds) {
    if (counts.added) parts.push(`${count(counts.added, name)} added`);
    if (counts.updated) parts.push(`${count(counts.updated, name)} updated`);
  }
  const unchanged = kinds.reduce((n, [, c]) => n + c.unchanged, 0);
  if (parts.length === 0) return `Nothing new: all ${count(unchanged, 'record')} were already here.`;
  return `${parts.join(', ')}${unchanged ? `; ${count(unchanged, 'record')} already here` : ''}.`;
}

const PERSISTENCE_WORDS = {
  persisted: 'Your browser keeps this data even when disk space runs low.',
  refused: 'Your browser may clear this data when disk space runs low: export a backup now and then.',
  unavailable: 'Export a backup now and then: it is the only copy outside this browser profile.',
} as const;

export function BackupPanel({ kept, persistence, onExport, onImportFile, outcome, error }: Props) {
  return (
    <main class="mg">
      <h1 class="mg-title">Cable Reader: back up and restore</h1>
      <p class="mg-lead">
        {kept
          ? `This browser keeps ${count(kept.bookmarks, 'bookmark')} and ${count(kept.notes, 'note')} on ${count(
              kept.cables,
              'cable',
            )}, only here, on this computer.`
          : 'Counting what this browser keeps…'}
        {persistence ? ` ${PERSISTENCE_WORDS[persistence]}` : ''}
      </p>

      <section class="mg-section" aria-labelledby="mg-export">
        <h2 id="mg-export">Export</h2>
        <p>
          JSON holds everything (cables with their saved copies, bookmarks, notes) and can be imported here or
          in another browser. Markdown is for reading and sharing: each cable with its bookmarked paragraphs
          quoted and their notes.
        </p>
        <p class="mg-buttons">
          <button type="button" class="bm-button bm-primary" onClick={() => onExport('json')}>
            Export JSON
          </button>
          <button type="button" class="bm-button" onClick={() => onExport('markdown')}>
            Export Markdown
          </button>
        </p>
      </section>

      <section class="mg-section" aria-labelledby="mg-import">
        <h2 id="mg-import">Import</h2>
        <p>
          A JSON backup is checked whole before anything is written: a damaged file is refused and nothing
          changes. A good one is merged: new cables, bookmarks and notes are added; where both have the same
          bookmark or note, the newer one wins.
        </p>
        <p>
          <label class="bm-button mg-file">
            Import a JSON backup…
            <input
              type="file"
              accept=".json,application/json"
              class="bm-sr"
              disabled={outcome.kind === 'busy'}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (file) onImportFile(file);
                // Choosing the same file again must fire again.
                input.value = '';
              }}
            />
          </label>
        </p>
        <div class="mg-outcome" role="status" aria-live="polite">
          {outcome.kind === 'busy' ? <p>{`Importing ${outcome.fileName}…`}</p> : null}
          {outcome.kind === 'done' ? (
            <p class="mg-done">{`Imported ${outcome.fileName}: ${reportText(outcome.report)}`}</p>
          ) : null}
        </div>
        {outcome.kind === 'failed' ? (
          <div class="mg-failed" role="alert">
            <p>{`${outcome.fileName} was not imported. ${outcome.message}`}</p>
            <p>Nothing was changed.</p>
          </div>
        ) : null}
      </section>
      {error ? (
        <p class="bm-error" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}
