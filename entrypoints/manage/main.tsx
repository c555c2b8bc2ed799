// Backup and restore (`manage.html`), opened from the popup's "Import…": exports JSON or Markdown and imports a
// JSON backup through a file picker (which would close the popup). Wiring only; validation is the store's.
import '../../components/popup/bookmarks.css';
import './style.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupPanel, type ImportOutcome } from '../../components/popup/BackupPanel';
import { localizePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/t';
import { failureMessage } from '../../lib/messaging/result';
import { send, watchChanges } from '../../lib/messaging/runtime';
import { downloadBackup, type ImportResult, importValidRecords, uploadBackup } from '../../lib/pages/backup';
import { MAX_IMPORT_CHARS } from '../../lib/store/export-schema';
import type { ListCounts } from '../../lib/store/library';
import { type PersistenceState, requestPersistence } from '../../lib/store/persistence';

/**
 * Whether the browser keeps the data under storage pressure: granted durable storage, or `unlimitedStorage`
 * (browsers exempt such extensions from eviction even where they refuse persist()).
 */
async function persistenceOf(): Promise<PersistenceState> {
  const state = await requestPersistence();
  if (state === 'persisted') return state;
  const unlimited = await browser.permissions
    .contains({ permissions: ['unlimitedStorage'] })
    .catch(() => false);
  return unlimited ? 'persisted' : state;
}

function Manage() {
  const [stored, setStored] = useState<ListCounts | null>(null);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<number | null>(null);
  const [pendingToken, setPendingToken] = useState<string | null>(null);

  const count = useCallback(async () => {
    try {
      // Counted in the background: the list itself can pass the 64 MiB a runtime message carries.
      setStored(await send('bookmark.counts'));
    } catch (e) {
      setError(failureMessage(e));
    }
  }, []);

  useEffect(() => {
    persistenceOf().then(setPersistence);
    void count();
    return watchChanges(() => void count());
  }, [count]);

  const exportAs = async (format: 'json' | 'markdown') => {
    setExporting(0);
    try {
      await downloadBackup(format, ({ done }) => setExporting(done));
      setError(null);
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setExporting(null);
    }
  };

  const show = (fileName: string, result: ImportResult) => {
    if (result.status === 'imported') {
      setPendingToken(null);
      setOutcome({ kind: 'done', fileName, report: result.report, skippedCount: result.skippedCount });
    } else {
      setPendingToken(result.token);
      setOutcome({
        kind: 'has-invalid',
        fileName,
        valid: result.valid,
        rejected: result.rejected,
        rejectedCount: result.rejectedCount,
      });
    }
  };

  const importFile = async (file: File) => {
    const fileName = file.name || t('mg_theFile');
    // A UTF-8 file has at least as many bytes as characters: larger files cannot be read to the end.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setOutcome({ kind: 'failed', fileName, message: t('mg_tooLarge') });
      return;
    }
    setOutcome({ kind: 'busy', fileName, done: 0, total: file.size });
    try {
      show(
        fileName,
        await uploadBackup(file, ({ done, total }) =>
          setOutcome({ kind: 'busy', fileName, done, total: total ?? file.size }),
        ),
      );
    } catch (e) {
      setOutcome({ kind: 'failed', fileName, message: failureMessage(e) });
    }
  };

  const importValid = async () => {
    if (outcome.kind !== 'has-invalid' || !pendingToken) return;
    const { fileName } = outcome;
    try {
      show(fileName, await importValidRecords(pendingToken));
    } catch (e) {
      setOutcome({ kind: 'failed', fileName, message: failureMessage(e) });
    }
  };

  return (
    <BackupPanel
      stored={stored}
      persistence={persistence}
      onExport={(format) => void exportAs(format)}
      onImportFile={(file) => void importFile(file)}
      onImportValid={() => void importValid()}
      onCancelImport={() => {
        setPendingToken(null);
        setOutcome({ kind: 'idle' });
      }}
      outcome={outcome}
      exporting={exporting}
      error={error}
    />
  );
}

localizePage('mg_title');
render(<Manage />, document.getElementById('app') as HTMLElement);
