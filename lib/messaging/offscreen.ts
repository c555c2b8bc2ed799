// The one message the background sends its offscreen clipboard document (Chrome): its wire shape and a guard.
// Transport only: what the document does with the text is entrypoints/clipboard's; nothing here touches the clipboard.
import * as v from 'valibot';

const WRITE = 'offscreen.clipboardWrite';

/** The most text one copy carries: a citation or a link, far under this. */
const CLIPBOARD_MAX = 100_000;

export const clipboardTextSchema = v.pipe(v.string(), v.maxLength(CLIPBOARD_MAX));

const writeSchema = v.strictObject({
  name: v.literal(WRITE),
  data: v.strictObject({ text: clipboardTextSchema }),
});

export type ClipboardWrite = v.InferOutput<typeof writeSchema>;

export function clipboardWrite(text: string): ClipboardWrite {
  return { name: WRITE, data: { text } };
}

/** The text a message asks the offscreen document to copy, or undefined when it is not that message. */
export function clipboardWriteText(message: unknown): string | undefined {
  const parsed = v.safeParse(writeSchema, message);
  return parsed.success ? parsed.output.data.text : undefined;
}
