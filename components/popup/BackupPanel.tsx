// The backup page's content: what is kept, export as JSON (restorable) or Markdown (readable), import of a JSON
// backup with the report of what it added and updated, or the reason it was refused. Presentational.

import { formatNumber, type PluralKey, plural, t } from '../../lib/i18n/t';
import type { Collection, RejectedRecord } from '../../lib/store/import-records';
import type { ListCounts } from '../../lib/store/library';
import type { ImportReport } from '../../lib/store/merge';

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string; done: number; total: number }
  | { kind: 'done'; fileName: string; report: ImportReport; skippedCount: number }
  | {
      kind: 'has-invalid';
      fileName: string;
      valid: Record<Collection, number>;
      rejected: RejectedRecord[];
      rejectedCount: number;
    }
  | { kind: 'failed'; fileName: string; message: string };

interface Props {
  stored: ListCounts | null;
  persistence: 'persisted' | 'refused' | 'unavailable' | null;
  onExport: (format: 'json' | 'markdown') => void;
  onImportFile: (file: File) => void;
  /** After `has-invalid`: import the sound records, or drop the file. */
  onImportValid: () => void;
  onCancelImport: () => void;
  outcome: ImportOutcome;
  /** Characters of the export downloaded so far, while one runs. */
  exporting: number | null;
  error: string | null;
}

/** "2 cables added, 1 bookmark updated, 3 notes added", or that nothing was new. */
export function reportText(report: ImportReport): string {
  const parts: string[] = [];
  // Each kind has its own added/updated wording: the participle agrees with the noun in most languages.
  const kinds: [ImportReport['cables'], PluralKey, PluralKey][] = [
    [report.cables, 'mg_cablesAdded', 'mg_cablesUpdated'],
    [report.bookmarks, 'mg_bookmarksAdded', 'mg_bookmarksUpdated'],
    [report.notes, 'mg_notesAdded', 'mg_notesUpdated'],
  ];
  for (const [counts, added, updated] of kinds) {
    if (counts.added) parts.push(plural(added, counts.added));
    if (counts.updated) parts.push(plural(updated, counts.updated));
  }
  const unchanged = kinds.reduce((n, [c]) => n + c.unchanged, 0);
  if (parts.length === 0) return plural('mg_nothingNew', unchanged);
  const list = parts.join(t('list_separator'));
  return unchanged ? plural('mg_reportWithUnchanged', unchanged, list) : t('mg_report', list);
}

const PERSISTENCE_WORDS = {
  persisted: 'mg_persisted',
  refused: 'mg_persistRefused',
  unavailable: 'mg_persistUnavailable',
} as const;

const megabytes = (n: number) => formatNumber(n / 1_000_000, { maximumFractionDigits: 1 });

/** The invalid records of a file and the choice to import the rest. */
function InvalidRecords({
  outcome,
  onImportValid,
  onCancelImport,
}: {
  outcome: Extract<ImportOutcome, { kind: 'has-invalid' }>;
  onImportValid: () => void;
  onCancelImport: () => void;
}) {
  const sound =
    outcome.valid.cables + outcome.valid.bookmarks + outcome.valid.notes + outcome.valid.highlights;
  const unlisted = outcome.rejectedCount - outcome.rejected.length;
  return (
    <div class="mg-invalid" role="alert">
      <p>{plural('mg_hasInvalid', outcome.rejectedCount, outcome.fileName)}</p>
      <ul class="mg-rejected">
        {outcome.rejected.map((r) => (
          <li key={`${r.collection}-${r.index}`}>{r.problem}</li>
        ))}
        {unlisted > 0 ? <li>{plural('mg_moreInvalid', unlisted)}</li> : null}
      </ul>
      <p>{t('mg_nothingYet')}</p>
      <p class="mg-buttons">
        <button type="button" class="bm-button bm-primary" onClick={onImportValid} disabled={sound === 0}>
          {plural('mg_importValid', sound)}
        </button>
        <button type="button" class="bm-button" onClick={onCancelImport}>
          {t('mg_cancelImport')}
        </button>
      </p>
    </div>
  );
}

export function BackupPanel({
  stored,
  persistence,
  onExport,
  onImportFile,
  onImportValid,
  onCancelImport,
  outcome,
  exporting,
  error,
}: Props) {
  return (
    <main class="mg">
      <h1 class="mg-title">{t('mg_title')}</h1>
      <p class="mg-lead">
        {stored
          ? t(
              'mg_kept',
              plural('count_bookmarks', stored.bookmarks),
              plural('count_notes', stored.notes),
              plural('count_cables', stored.cables),
            )
          : t('mg_counting')}
        {persistence ? ` ${t(PERSISTENCE_WORDS[persistence])}` : ''}
      </p>

      <section class="mg-section" aria-labelledby="mg-export">
        <h2 id="mg-export">{t('mg_export')}</h2>
        <p>{t('mg_exportText')}</p>
        <p class="mg-buttons">
          <button
            type="button"
            class="bm-button bm-primary"
            disabled={exporting !== null}
            onClick={() => onExport('json')}
          >
            {t('bm_exportJson')}
          </button>
          <button
            type="button"
            class="bm-button"
            disabled={exporting !== null}
            onClick={() => onExport('markdown')}
          >
            {t('bm_exportMarkdown')}
          </button>
        </p>
        <p class="mg-outcome" role="status" aria-live="polite">
          {exporting !== null ? t('mg_exporting', megabytes(exporting)) : null}
        </p>
      </section>

      <section class="mg-section" aria-labelledby="mg-import">
        <h2 id="mg-import">{t('mg_import')}</h2>
        <p>{t('mg_importText')}</p>
        <p>
          <label class="bm-button mg-file">
            {t('mg_importButton')}
            <input
              type="file"
              accept=".json,application/json"
              class="bm-sr"
              disabled={outcome.kind === 'busy' || outcome.kind === 'has-invalid'}
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
          {outcome.kind === 'busy' ? (
            <>
              <p>{t('mg_importing', outcome.fileName)}</p>
              <progress max={outcome.total || 1} value={outcome.done}>
                {t('mg_progress', megabytes(outcome.done), megabytes(outcome.total))}
              </progress>
              <p class="mg-progress">{t('mg_progress', megabytes(outcome.done), megabytes(outcome.total))}</p>
            </>
          ) : null}
          {outcome.kind === 'done' ? (
            <p class="mg-done">
              {t('mg_imported', outcome.fileName, reportText(outcome.report))}
              {outcome.skippedCount > 0 ? ` ${plural('mg_skipped', outcome.skippedCount)}` : ''}
            </p>
          ) : null}
        </div>
        {outcome.kind === 'has-invalid' ? (
          <InvalidRecords outcome={outcome} onImportValid={onImportValid} onCancelImport={onCancelImport} />
        ) : null}
        {outcome.kind === 'failed' ? (
          <div class="mg-failed" role="alert">
            <p>{t('mg_failed', outcome.fileName, outcome.message)}</p>
            <p>{t('mg_nothingChanged')}</p>
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
