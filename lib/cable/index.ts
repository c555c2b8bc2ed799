// Public entry of the cable text pipeline: raw text in, CableDocument out.
// Re-exports only; the pipeline's modules own the rules.

export { canonicalId } from './header/ids';

export { parseCable, parseCableText } from './parse';
export type * from './types';
