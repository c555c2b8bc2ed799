// Public entry of the cable text pipeline: raw text in, CableDocument out.
// Re-exports only; the pipeline's modules own the rules.
export { type CableScore, cableScore } from './detect';
export { canonicalId } from './header/ids';
export { tagMeaning } from './header/tags';
export { describeMarking, highestLevel, LEVELS as levels, levelOf, readMarking } from './markings';
export { parseCable, parseCableText } from './parse';
export type * from './types';
