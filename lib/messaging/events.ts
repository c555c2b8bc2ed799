// The one broadcast: "this cable's bookmarks or notes changed" (cableId null: many cables, after an import).
// Its wire shape and a guard; the background sends it (lib/messaging/background.ts), pages watch it (refresh.ts).
import * as v from 'valibot';

const CHANGED = 'bookmark.changed';

const changedSchema = v.strictObject({
  name: v.literal(CHANGED),
  data: v.strictObject({ cableId: v.nullable(v.string()) }),
});

export type ChangedEvent = v.InferOutput<typeof changedSchema>;

export function changedEvent(cableId: string | null): ChangedEvent {
  return { name: CHANGED, data: { cableId } };
}

/** The cable a broadcast names (null for "many"), or undefined when the message is not a broadcast. */
export function changedCable(message: unknown): string | null | undefined {
  const parsed = v.safeParse(changedSchema, message);
  return parsed.success ? parsed.output.data.cableId : undefined;
}
