// The contract between mirror pages and the pipeline: what a site adapter returns and the adapter's shape.
// Types only: adapters find and extract; lib/cable alone understands cable text.
import type { RawCableText } from '../cable/types';

/** A cable found in a page: the raw text for lib/cable plus where the clean view goes in that page. */
export type RawCable = RawCableText & {
  /** Adapter name (`cablegate`, `plusd`, `cablegatesearch`, `generic`). */
  site: string;
  /**
   * The element holding the original cable text. The clean view is inserted right before it, and it is
   * hidden while the clean view shows (it is always one of `original`).
   */
  mount: Element;
  /**
   * Every element the clean view hides, in document order, and restores when the reader switches back to
   * the original page. Nothing else in the page is touched.
   */
  original: Element[];
};

/**
 * Where a known mirror publishes its layout: the manifest's content-script matches, host permissions, cable-page
 * globs and the README's tables are derived from, or checked against, these (lib/sites/mirrors.ts).
 */
export interface MirrorDeclaration {
  /** What the README and the permission table call the layout (`Cablegate viewer`). */
  label: string;
  /** Hosts that publish it, `www.` variants included. */
  hosts: readonly string[];
  /** Match-pattern paths of its pages there (`/cable/*`): the content script runs on these. */
  paths: readonly string[];
  /** Manifest `include_globs` of its cable pages: a superset of what `matches` accepts on those paths. */
  cableGlobs: readonly string[];
}

/** One mirror layout: a cheap URL test, then a structural extraction that never changes the document. */
export interface SiteAdapter {
  /** Stable name, also written to `RawCable.site`. */
  name: string;
  /** The hosts and paths of a known mirror (none for the generic detector, which runs where the reader enables it). */
  mirror?: MirrorDeclaration;
  /** URL-only test (no DOM access): true when pages at this URL may hold this layout. */
  matches(url: URL): boolean;
  /** Reads the page and returns its cable, or null when the page does not have this layout's structure. */
  extract(doc: Document, url: URL): RawCable | null;
}

/**
 * Why a page was not read, for the popup to say in the reader's language (the detail, in English, goes to the
 * console): no known layout here, no page body, too large, too little text, no cable-shaped text, or cable text
 * lying loose in `<body>` where no view can stand in for it.
 */
export type DeclineCode = 'layout' | 'no-body' | 'too-large' | 'too-little' | 'not-cable' | 'loose-text';

/** A page left as it is, and why. */
export interface PageDecline {
  code: DeclineCode;
  /** The detector's own account (signals and penalties), for the console and bug reports. */
  reason: string;
}
