// Public entry of the site adapters: find a cable in a mirror page (browser or linkedom) as RawCable.
// Re-exports only; each adapter owns its layout. cablesearch.ts (API answers) is the CLI's and not exported here.
export { cablegate } from './cablegate';
export { cablegatesearch } from './cablegatesearch';
export {
  adaptersFor,
  type Detection,
  type DetectOptions,
  detectCable,
  extractCable,
  isKnownCableUrl,
  knownAdapters,
} from './detect';
export { type DomText, type DomTextOptions, domText } from './dom-text';
export { detectGeneric, findCable, GENERIC_LIMITS, type GenericResult, generic } from './generic';
export { plusd } from './plusd';
export type { DeclineCode, PageDecline, RawCable, SiteAdapter } from './types';
