// Markdown export: per cable a heading and link, then each bookmarked paragraph quoted with its notes, then its
// highlights by paragraph with their colour's label, notes, tags and a citation line.
// Reader text is escaped so a note's HTML or Markdown stays literal wherever the file is rendered.

import { colourLabel } from '../highlights/colours';
import { paragraphUrl } from '../view/paragraph-links';
import { groupByCable } from './groups';
import { inPassageOrder } from './highlights';
import type { StoreContents } from './merge';
import { isWebUrl } from './mirror-urls';
import type { Repository } from './repository';
import type { CableRecord, HighlightRecord, NoteRecord } from './schema';

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

const tagLine = (tags: readonly string[]) => `Tags: ${tags.map(escapeMarkdown).join(', ')}`;

function noteLines(notes: readonly Pick<NoteRecord, 'text' | 'tags'>[]): string[] {
  // Continuation lines are indented so a multi-line note (and its tags) stays one list item.
  return notes.map((n) => {
    const text = `- ${escapeMarkdown(n.text).split(/\r?\n/).join('\n  ')}`;
    return n.tags.length > 0 ? `${text}\n  ${tagLine(n.tags)}` : text;
  });
}

/** `Embassy Oslo, "SUBJECT", cable 06OSLO456, 2006-05-30, para. 4, <url#par4>`, unknown fields left out. */
function citationLine(cable: CableRecord | undefined, id: string, h: HighlightRecord): string {
  const url = cable?.urls[0]?.url;
  const target = url ? linkTarget(paragraphUrl(url, h.blockKey)) : null;
  const parts = [
    cable?.origin,
    cable?.subject ? `"${cable.subject}"` : null,
    `cable ${id}`,
    cable?.date?.split('T', 1)[0],
    `para. ${h.label ?? h.blockKey}`,
  ];
  const text = escapeMarkdown(parts.filter(Boolean).join(', '));
  return target ? `${text}, <${target}>` : text;
}

function highlightLines(
  cable: CableRecord | undefined,
  id: string,
  list: readonly HighlightRecord[],
): string[] {
  const lines = ['Highlights:', ''];
  let paragraph: string | null = null;
  for (const h of inPassageOrder(list)) {
    if (h.blockKey !== paragraph) {
      paragraph = h.blockKey;
      lines.push(`### ¶ ${escapeMarkdown(h.label ?? h.blockKey)}`, '');
    }
    const orphan = h.orphan ? ' (not found in the saved copy)' : '';
    lines.push(`> ${escapeMarkdown(h.selectors[0].exact)}`, '');
    lines.push(`*${escapeMarkdown(colourLabel(h.colour))}*${orphan}`);
    if (h.tags.length > 0) lines.push(tagLine(h.tags));
    if (h.note) lines.push(...noteLines([{ text: h.note, tags: [] }]));
    lines.push(`Cite: ${citationLine(cable, id, h)}`, '');
  }
  return lines;
}

/** The whole Markdown document for these records, cables newest first, paragraphs in reading order. */
export function buildMarkdown(contents: StoreContents, exportedAt: number): string {
  const records = {
    cables: new Map(contents.cables.map((c) => [c.id, c])),
    bookmarks: new Map(contents.bookmarks.map((b) => [b.id, b])),
    notes: new Map(contents.notes.map((n) => [n.id, n])),
    highlights: new Map((contents.highlights ?? []).map((h) => [h.id, h])),
    savedCopyIds: new Set(contents.snapshots.map((s) => s.cableId)),
  };
  const groups = groupByCable(records);
  const lines = [
    '# Cable Reader bookmarks',
    '',
    `Exported ${new Date(exportedAt).toISOString().slice(0, 10)}: ${count(groups.length, 'cable')}, ` +
      `${count(contents.bookmarks.length, 'bookmark')}, ${count(contents.notes.length, 'note')}.`,
  ];
  const highlights = new Map<string, HighlightRecord[]>();
  for (const h of contents.highlights ?? [])
    highlights.set(h.cableId, [...(highlights.get(h.cableId) ?? []), h]);
  // Cables with highlights only come after those with bookmarks or notes, most recently changed first.
  const onlyHighlighted = [...highlights.keys()]
    .filter((id) => !groups.some((g) => g.cable.id === id))
    .map((id) => ({ id, at: Math.max(...(highlights.get(id) ?? []).map((h) => h.updatedAt)) }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  const sections = [
    ...groups,
    ...onlyHighlighted.map(({ id }) => ({
      cable: {
        id,
        subject: records.cables.get(id)?.subject ?? null,
        classification: records.cables.get(id)?.classification ?? null,
        date: records.cables.get(id)?.date ?? null,
        origin: records.cables.get(id)?.origin ?? null,
        lastUrl: records.cables.get(id)?.urls[0] ?? null,
      },
      bookmarks: [],
      cableNotes: [],
    })),
  ];
  for (const { cable, bookmarks, cableNotes } of sections) {
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
    const marked = highlights.get(cable.id);
    if (marked) lines.push(...highlightLines(records.cables.get(cable.id), cable.id, marked));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Exports everything the repository holds as Markdown text. */
export async function exportMarkdown(repository: Repository, now: number = Date.now()): Promise<string> {
  return buildMarkdown(await repository.readAll(), now);
}
