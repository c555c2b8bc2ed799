import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { describeSchema, freshName, type SchemaShape } from '../../../tests/fixtures/idb-schema';
import { Repository } from '../repository';
import { DB_VERSION } from '../schema';
import { frozenVersions } from './index';

const snapshot = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'schema.snapshot.json'), 'utf8'),
) as Record<string, SchemaShape>;

interface FrozenNote {
  id: string;
  bookmarkId: string | null;
  cableId: string;
  text: string;
  /** Absent before version 4. */
  tags?: string[];
}

describe('frozen earlier versions', () => {
  it('has a frozen copy of every released version', () => {
    expect(frozenVersions.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(frozenVersions.map((f) => [f.version, f] as const))(
    'version %i: its frozen code builds the recorded schema',
    async (version, frozen) => {
      const name = freshName(`frozen-shape-v${version}`);
      await frozen.build(name);
      const db = await openDB(name);
      expect(describeSchema(db as unknown as IDBDatabase)).toEqual(snapshot[String(version)]);
      db.close();
    },
  );

  it.each(frozenVersions.map((f) => [f.version, f] as const))(
    "version %i: a filled database, opened by today's code, still has every record",
    async (version, frozen) => {
      const name = freshName(`frozen-upgrade-v${version}`);
      await frozen.build(name);
      const repository = await Repository.open({ name });

      const raw = await openDB(name);
      expect(raw.version).toBe(DB_VERSION);
      raw.close();

      const cables = frozen.records.cables as { id: string; subject: string; urls: { url: string }[] }[];
      for (const cable of cables) {
        const saved = await repository.getCable(cable.id);
        expect(saved?.cable.subject).toBe(cable.subject);
        expect(saved?.cable.urls.map((u) => u.url)).toEqual(cable.urls.map((u) => u.url));
        expect(saved?.document?.blocks.length).toBeGreaterThan(0);
      }
      const listed = (await repository.listAll()).flatMap((g) => g.bookmarks.map((b) => b.id));
      for (const bookmark of frozen.records.bookmarks as { id: string; cableId: string }[]) {
        expect(listed).toContain(bookmark.id);
        const [mark] = (await repository.placesForCable(bookmark.cableId)).bookmarks.filter(
          (m) => m.id === bookmark.id,
        );
        expect(mark?.orphan).toBeNull();
      }
      for (const note of frozen.records.notes as FrozenNote[]) {
        const notes = await repository.listNotes(note.cableId);
        expect(notes.find((n) => n.id === note.id)).toMatchObject({
          text: note.text,
          bookmarkId: note.bookmarkId,
          // Notes written before version 4 had no tags: the upgrade gives them an empty list.
          tags: note.tags ?? [],
        });
      }
      repository.close();
    },
  );

  it('an empty database goes from nothing to the current version', async () => {
    const name = freshName('frozen-empty');
    const repository = await Repository.open({ name });
    expect(await repository.listAll()).toEqual([]);
    repository.close();
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db as unknown as IDBDatabase)).toEqual(snapshot[String(DB_VERSION)]);
    db.close();
  });
});
