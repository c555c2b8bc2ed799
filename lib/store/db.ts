// Opens the cable-reader database at the current version, running forward migrations in one upgrade transaction.
// A failed step aborts that transaction, so the database stays readable at its old version; nothing else here.
import { type IDBPDatabase, openDB } from 'idb';
import { errorName, StoreError, toReadError } from './errors';
import { type Migration, migrations, runMigrations, type UpgradeDb, type UpgradeTx } from './migrations';
import { type CableReaderDB, DB_NAME, DB_VERSION } from './schema';

export type CableDb = IDBPDatabase<CableReaderDB>;

export interface OpenOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** Target version; only tests pass anything but DB_VERSION. */
  version?: number;
  /** Migration steps; only tests replace them (to simulate a failing upgrade). */
  steps?: readonly Migration[];
  /** Called when this connection goes away (another context upgrades, or the browser closes it). */
  onClose?: () => void;
}

/** Opens (creating or upgrading) the database; rejects with StoreError `upgrade-failed` or `unavailable`. */
export async function openCableDb(options: OpenOptions = {}): Promise<CableDb> {
  const { name = DB_NAME, version = DB_VERSION, steps = migrations, onClose } = options;
  let stepError: unknown;
  try {
    const db = await openDB<CableReaderDB>(name, version, {
      upgrade(database, oldVersion, newVersion, transaction) {
        const db = database as unknown as UpgradeDb;
        const tx = transaction as unknown as UpgradeTx;
        // The open request reports an aborted upgrade; the transaction's own promise must not go unhandled.
        tx.done.catch(() => undefined);
        runMigrations(steps, db, tx, oldVersion, newVersion ?? version).catch((error: unknown) => {
          stepError = error;
          try {
            tx.abort();
          } catch {
            // Already finished or aborting: the open request reports the failure either way.
          }
        });
      },
      blocking() {
        // A newer version wants to open (an extension update): step aside so its upgrade can run.
        db.close();
        onClose?.();
      },
      terminated() {
        onClose?.();
      },
    });
    return db;
  } catch (error) {
    if (stepError !== undefined || errorName(error) === 'AbortError') {
      throw new StoreError('upgrade-failed', undefined, { cause: stepError ?? error });
    }
    throw toReadError(error);
  }
}
