// Public entry of bookmark anchoring (W3C quote/position selectors over a cable's anchoring text).
// Re-exports only; each module owns one idea.
export { type AnchorMethod, type AnchorResult, anchor } from './anchor';
export {
  type AnchorBlock,
  type AnchorText,
  BLOCK_SEPARATOR,
  blockForRange,
  cableText,
  findBlock,
} from './cable-text';
export { CONTEXT_LENGTH, describeQuote } from './describe-quote';
