// Backup and restore (`manage.html`), opened from the popup's "Import…": exports JSON or Markdown and imports a
// JSON backup through a file picker (which would close the popup). Wiring only; validation is the store's.
import '../../components/popup/bookmarks.css';
import './style.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupPanel, type ImportOutcome, type StoredSummary } from '../../components/popup/BackupPanel';
import { localizePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/t';
import { failureMessage } from '../../lib/messaging/result';
import { send, watchChanges } from '../../lib/messaging/runtime';
import { downloadText } from '../../lib/pages/download';
import { type PersistenceState, requestPersistence } from '../../lib/store/persistence';

/** Larger files are refused before reading (the store refuses them too, after the copy across contexts). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

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
  const [stored, setStored] = useState<StoredSummary | null>(null);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const count = useCallback(async () => {
    try {
      const { groups } = await send('bookmark.list');
      let bookmarks = 0;
      let notes = 0;
      for (const g of groups) {
        bookmarks += g.bookmarks.length;
        notes += g.cableNotes.length + g.bookmarks.reduce((n, b) => n + b.notes.length, 0);
      }
      setStored({ cables: groups.length, bookmarks, notes });
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
    try {
      downloadText(await send('backup.export', { format }));
      setError(null);
    } catch (e) {
      setError(failureMessage(e));
    }
  };

  const importFile = async (file: File) => {
    const fileName = file.name || t('mg_theFile');
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({
        kind: 'failed',
        fileName,
        message: t('mg_tooLarge'),
      });
      return;
    }
    setOutcome({ kind: 'busy', fileName });
    try {
      const report = await send('backup.import', { text: await file.text() });
      setOutcome({ kind: 'done', fileName, report });
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
      outcome={outcome}
      error={error}
    />
  );
}

localizePage('mg_title');
render(<Manage />, document.getElementById('app') as HTMLElement);
