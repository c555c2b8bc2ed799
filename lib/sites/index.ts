// Public entry of the site adapters: find a cable in a mirror page (browser or linkedom) as RawCable.
// Re-exports only; each adapter owns its layout. cablesearch.ts (API answers) is the CLI's and not exported here.

export {
  adaptersFor,
  detectCable,
  extractCable,
  isKnownCableUrl,
  knownAdapters,
} from './detect';

export { generic } from './generic';
