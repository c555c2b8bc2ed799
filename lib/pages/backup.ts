// An extension page's side of backup transfers: a download assembled from the background's pieces into a Blob,
// and a file streamed to the background in pieces, with progress. Never holds a whole backup as one string.
import type { ImportPiece } from '../messaging/extension-requests';
import { IMPORT_PIECE_CHARS } from '../messaging/extension-requests';
import { send } from '../messaging/runtime';

/** How long the Blob URL lives: long enough for the download to start, then it is freed. */
const URL_LIFETIME_MS = 60_000;

/** Characters sent per import message: well under both the entry's limit and a runtime message's 64 MiB. */
const SEND_CHARS = Math.min(IMPORT_PIECE_CHARS, 4_000_000);

export interface Progress {
  /** Characters (export) or bytes (import) handled so far. */
  done: number;
  /** The whole, where known. */
  total: number | null;
}

/** Saves `parts` as a file through the browser's own download of a Blob (no `downloads` permission needed). */
function saveBlob(parts: BlobPart[], fileName: string, mimeType: string, doc: Document = document): void {
  const blob = new Blob(parts, { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/** Asks the background for the backup piece by piece and downloads it; resolves with the file's name. */
export async function downloadBackup(
  format: 'json' | 'markdown',
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<string> {
  const parts: string[] = [];
  let done = 0;
  let piece = await send('backup.export', { format });
  for (;;) {
    parts.push(piece.text);
    done += piece.text.length;
    onProgress({ done, total: null });
    if (piece.done) break;
    piece = await send('backup.export', { format, token: piece.token });
  }
  saveBlob(parts, piece.fileName, piece.mimeType);
  return piece.fileName;
}

/** What an import ended with: merged, or waiting for the reader's word on its invalid records. */
export type ImportResult = Extract<ImportPiece, { status: 'imported' | 'has-invalid' }>;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Streams `file` to the background as text, a few MB a message, and returns how the import ended. */
export async function uploadBackup(
  file: Blob,
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<ImportResult> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let token: string | undefined;
  let pending = '';
  let bytes = 0;
  /** Sends `text` as the next piece of the transfer (the last one when `last`). */
  const sendPiece = async (text: string, last: boolean): Promise<ImportPiece> => {
    const answer = await send('backup.import', { text, last, ...(token ? { token } : {}) });
    token = answer.token;
    return answer;
  };
  /** Sends what has come while a piece's worth is there: one chunk of the stream may hold several. */
  const sendFull = async (): Promise<void> => {
    while (pending.length >= SEND_CHARS) {
      // Never between the two halves of a surrogate pair: the message's text would carry a broken character.
      const cut = isHighSurrogate(pending.charCodeAt(SEND_CHARS - 1)) ? SEND_CHARS - 1 : SEND_CHARS;
      const piece = pending.slice(0, cut);
      pending = pending.slice(cut);
      await sendPiece(piece, false);
    }
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    // UTF-8 bytes are not counted by the decoder: the text's length is close enough for a progress bar.
    bytes = Math.min(file.size, bytes + value.length);
    onProgress({ done: bytes, total: file.size });
    await sendFull();
  }
  const answer = await sendPiece(pending, true);
  pending = '';
  onProgress({ done: file.size, total: file.size });
  if (answer.status === 'reading') throw new Error('The background did not finish reading the file.');
  return answer;
}

/** After `has-invalid`: merge the sound records of that import. */
export async function importValidRecords(token: string): Promise<ImportResult> {
  const answer = await send('backup.import', { text: '', token, acceptValid: true });
  if (answer.status !== 'imported') throw new Error('The import was not completed.');
  return answer;
}
