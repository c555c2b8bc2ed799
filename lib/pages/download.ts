// Saves an exported file through the browser's own download of a Blob (no `downloads` permission needed).
// Works in the popup and in extension pages; it writes nothing else.
import type { ExportedText } from '../messaging/extension-requests';

/** How long the Blob URL lives: long enough for the download to start, then it is freed. */
const URL_LIFETIME_MS = 60_000;

/** Downloads `file` under its own name. */
export function downloadText(file: ExportedText, doc: Document = document): void {
  const blob = new Blob([file.text], { type: `${file.mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
