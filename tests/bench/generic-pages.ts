// Large pages that are no cable, for the generic detector's benchmark: a forum thread of plain posts, a thread that
// discusses cables and quotes their marked paragraphs, and an index of cables with ids, classifications and tags.
// Invented text only; the last two hold enough cable signals to pass the detector's first cheap look.

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a href="/">Forum</a></nav>${body}</body></html>`;

/** Repeats `item(i)` until the page holds about `bytes`. */
function fill(bytes: number, item: (i: number) => string): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const html = item(i);
    items.push(html);
    size += html.length + 1;
  }
  return items.join('\n');
}

const post = (i: number, message: string): string =>
  `<div class="post"><div class="author">user${i % 50}</div><div class="message">${message}</div><div class="signature">-- user${i % 50}</div></div>`;

/** A forum thread of about `bytes`: many small posts, the most elements per byte of the negatives. */
export function postThread(bytes: number): string {
  return page(
    'Thread',
    fill(bytes, (i) =>
      post(
        i,
        `<p>Reply ${i}: I read the whole report twice; the embassy said little about the financing, and who was in the room.</p>`,
      ),
    ),
  );
}

/**
 * A thread of about `bytes` about the cables: posts name cables and their classification, and every tenth quotes
 * two marked paragraphs of one, as readers do; no post is a cable.
 */
export function discussionThread(bytes: number): string {
  return page(
    'Discussing the port cables',
    fill(bytes, (i) =>
      post(
        i,
        i % 10 === 0
          ? `<p>From 09ZEMBLA${100 + i}, CONFIDENTIAL, the part that matters:</p><blockquote><p>${(i % 7) + 3}. (C) The minister said the cabinet would approve the concession within weeks.</p><p>${(i % 7) + 4}. (C) Post doubts the deal survives the elections.</p></blockquote>`
          : `<p>Reply ${i}: the embassy's reading of the financing is thin; see the cable from the same week, TAGS include PREL.</p>`,
      ),
    ),
  );
}

/** An index of about `bytes` listing cables a row each: id, date, classification, origin, tags and subject. */
export function cableIndex(bytes: number): string {
  const levels = ['CONFIDENTIAL', 'SECRET', 'UNCLASSIFIED', 'CONFIDENTIAL//NOFORN'];
  const rows = fill(
    bytes,
    (i) =>
      `<tr><td><a href="/cable/${i}">0${(i % 3) + 7}ZEMBLA${100 + i}</a></td><td>200${(i % 3) + 7}-0${(i % 9) + 1}-1${i % 10}</td><td>${levels[i % 4]}</td><td>Embassy Zembla</td><td>TAGS: PREL PGOV</td><td>HARBOUR TALKS, ROUND ${i + 1}</td></tr>`,
  );
  return page('All cables', `<table class="cables"><tbody>${rows}</tbody></table>`);
}
