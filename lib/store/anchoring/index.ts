// Public entry of bookmark anchoring (W3C quote/position selectors over a cable's anchoring text).
// Re-exports only; each module owns one idea.
export { type AnchorMethod, anchor } from './anchor';
export {
  type AnchorText,
  blockForRange,
  cableText,
  findBlock,
} from './cable-text';
export { describeQuote } from './describe-quote';
