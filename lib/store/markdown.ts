// Markdown export: per cable a heading and link, then each bookmarked paragraph quoted with its notes.
// Reader text is escaped so a note's HTML or Markdown stays literal wherever the file is rendered.
import { isWebUrl } from './cables';
import { groupByCable } from './groups';
import type { StoreContents } from './merge';
import type { Repository } from './repository';
import type { NoteRecord } from './schema';

/** Escapes what Markdown or HTML would interpret, so reader text renders exactly as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~!])/g, '\\$1');
}

/** A URL safe inside `<...>` link syntax; null for anything but http(s). */
function linkTarget(url: string): string | null {
  if (!isWebUrl(url)) return null;
  return new URL(url).href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function noteLines(notes: readonly NoteRecord[]): string[] {
  // Continuation lines are indented so a multi-line note stays one list item.
  return notes.map((n) => `- ${escapeMarkdown(n.text).split(/\r?\n/).join('\n  ')}`);
}

/** The whole Markdown document for these records, cables newest first, paragraphs in reading order. */
export function buildMarkdown(contents: StoreContents, exportedAt: number): string {
  const records = {
    cables: new Map(contents.cables.map((c) => [c.id, c])),
    bookmarks: new Map(contents.bookmarks.map((b) => [b.id, b])),
    notes: new Map(contents.notes.map((n) => [n.id, n])),
    highlights: new Map((contents.highlights ?? []).map((h) => [h.id, h])),
    snapshotIds: new Set(contents.snapshots.map((s) => s.cableId)),
  };
  const groups = groupByCable(records);
  const lines = [
    '# Cable Reader bookmarks',
    '',
    `Exported ${new Date(exportedAt).toISOString().slice(0, 10)}: ${count(groups.length, 'cable')}, ` +
      `${count(contents.bookmarks.length, 'bookmark')}, ${count(contents.notes.length, 'note')}.`,
  ];
  for (const { cable, bookmarks, cableNotes } of groups) {
    lines.push('', `## ${escapeMarkdown(cable.subject ?? 'No subject')} (${escapeMarkdown(cable.id)})`, '');
    const target = cable.lastUrl ? linkTarget(cable.lastUrl.url) : null;
    const facts = [cable.classification, cable.date, cable.origin].filter((f): f is string => Boolean(f));
    const link =
      target && cable.lastUrl ? [`[${escapeMarkdown(cable.lastUrl.site || 'source')}](<${target}>)`] : [];
    if (link.length + facts.length > 0) lines.push([...link, ...facts.map(escapeMarkdown)].join(' · '), '');
    if (cableNotes.length > 0) lines.push('Notes on the cable:', '', ...noteLines(cableNotes), '');
    for (const view of bookmarks) {
      const quote = records.bookmarks.get(view.id)?.selectors[0].exact ?? view.excerpt;
      const label = view.label ? `¶ ${escapeMarkdown(view.label)}` : 'Paragraph';
      const marking = view.marking ? ` (${escapeMarkdown(view.marking)})` : '';
      const orphan = view.orphan ? ' (not found in the saved copy)' : '';
      lines.push(`> **${label}**${marking}${orphan} ${escapeMarkdown(quote)}`, '');
      if (view.notes.length > 0) lines.push(...noteLines(view.notes), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Exports everything the repository holds as Markdown text. */
export async function exportMarkdown(repository: Repository, now: number = Date.now()): Promise<string> {
  return buildMarkdown(await repository.readAll(), now);
}
