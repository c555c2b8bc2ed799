// Describes an IndexedDB database's shape (stores, key paths, indexes) as plain sorted JSON for snapshot tests.
// Test-only: reads the schema, never the data.

export interface IndexShape {
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, IndexShape>;
}

export type SchemaShape = Record<string, StoreShape>;

/** The shape of every object store of an open database, keys sorted. */
export function describeSchema(db: IDBDatabase): SchemaShape {
  const names = [...db.objectStoreNames].sort();
  if (names.length === 0) return {};
  const tx = db.transaction(names, 'readonly');
  const shape: SchemaShape = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, IndexShape> = {};
    for (const indexName of [...store.indexNames].sort()) {
      const index = store.index(indexName);
      indexes[indexName] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }
    shape[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  return shape;
}

let counter = 0;
/** A database name no other test uses. */
export function freshName(label: string): string {
  counter += 1;
  return `cable-reader-test-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
