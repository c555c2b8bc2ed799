// Turns the pipeline's flat block list into what the view lays out: numbered paragraphs holding their
// sub-paragraphs and lists, loose blocks between them, and runs of list items as one list. Pure.
import type { Block } from '../cable/types';

/** A list item run inside a paragraph, or a single block. */
export type Child = { kind: 'list'; items: Block[] } | { kind: 'block'; block: Block };

/** A numbered paragraph with what belongs to it, or a block that belongs to no paragraph. */
export type Section =
  | { kind: 'paragraph'; head: Block; children: Child[] }
  | { kind: 'loose'; children: Child[] };

function pushChild(children: Child[], block: Block): void {
  const last = children[children.length - 1];
  if (block.kind === 'list-item') {
    if (last?.kind === 'list' && last.items[0]?.depth === block.depth) last.items.push(block);
    else children.push({ kind: 'list', items: [block] });
  } else {
    children.push({ kind: 'block', block });
  }
}

/**
 * Groups blocks in order: a `paragraph` opens a section that takes every following block whose parent is
 * that paragraph; anything else starts (or joins) a loose section. Order and every block are kept.
 */
export function sectionBlocks(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  for (const block of blocks) {
    const last = sections[sections.length - 1];
    if (block.kind === 'paragraph') {
      sections.push({ kind: 'paragraph', head: block, children: [] });
    } else if (last?.kind === 'paragraph' && block.parent === last.head.key) {
      pushChild(last.children, block);
    } else if (last?.kind === 'loose') {
      pushChild(last.children, block);
    } else {
      const loose: Section = { kind: 'loose', children: [] };
      pushChild(loose.children, block);
      sections.push(loose);
    }
  }
  return sections;
}

/** Every block of a section, head first, in order. */
export function sectionBlocksOf(section: Section): Block[] {
  const out: Block[] = section.kind === 'paragraph' ? [section.head] : [];
  for (const child of section.children) {
    if (child.kind === 'list') out.push(...child.items);
    else out.push(child.block);
  }
  return out;
}

/** A stable key for a child: its first block's key. */
export function childKey(child: Child): string {
  return child.kind === 'list' ? (child.items[0]?.key ?? '') : child.block.key;
}

/** Page breaks that stood at any block of a child (a list gathers those of all its items). */
export function breaksOf<T>(child: Child, breaks: ReadonlyMap<string, readonly T[]>): T[] | undefined {
  const blocks = child.kind === 'list' ? child.items : [child.block];
  const found = blocks.flatMap((b) => breaks.get(b.key) ?? []);
  return found.length ? found : undefined;
}
