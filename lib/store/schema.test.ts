import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSchema, freshName, type SchemaShape } from '../../tests/fixtures/idb-schema';
import { openCableDb } from './db';
import { migrations } from './migrations';
import { DB_VERSION } from './schema';

const snapshotPath = join(import.meta.dirname, 'schema.snapshot.json');
const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, SchemaShape>;

async function shapeAt(version: number): Promise<SchemaShape> {
  const db = await openCableDb({ name: freshName(`schema-v${version}`), version });
  try {
    return describeSchema(db as unknown as IDBDatabase);
  } finally {
    db.close();
  }
}

describe('schema snapshot', () => {
  it('has one migration step per version', () => {
    expect(migrations).toHaveLength(DB_VERSION);
  });

  it('records every version up to the current one, and none beyond', async () => {
    const missing = Array.from({ length: DB_VERSION }, (_, i) => String(i + 1)).filter((v) => !snapshot[v]);
    if (missing.length > 0 && process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      // Only versions not yet recorded may be added: a recorded version is released and never rewritten.
      for (const version of missing) snapshot[version] = await shapeAt(Number(version));
      writeFileSync(snapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
    }
    expect(
      missing.filter((v) => !snapshot[v]),
      'run with UPDATE_SCHEMA_SNAPSHOT=1 to record the new version',
    ).toEqual([]);
    expect(Object.keys(snapshot).map(Number).sort()).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))(
    'version %i builds exactly the recorded stores, key paths and indexes',
    async (version) => {
      // A failure here means a released version's schema changed: revert it and bump DB_VERSION instead.
      expect(await shapeAt(version)).toEqual(snapshot[String(version)]);
    },
  );
});
