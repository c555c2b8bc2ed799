// The shape of a message table: each entry names the valibot schema of its data (types are inferred from it),
// who may send it, and the type of its answer. Types and one constructor; no table and no transport here.
import type * as v from 'valibot';
import type { Sender } from './senders';

/** A type-only marker for an entry's answer: `answer<GroupPage>()`. Carries nothing at runtime. */
export interface Answer<T> {
  readonly type?: T;
}
export const answer = <T>(): Answer<T> => ({});

export interface Entry<S extends v.GenericSchema = v.GenericSchema, A = unknown> {
  /** What the request carries; parsed before anything runs, extra keys refused. */
  readonly data: S;
  /** Who may send it; anyone else is refused as `forbidden`. */
  readonly from: readonly Sender[];
  readonly answer: Answer<A>;
}

/** Declares one entry. */
export function request<S extends v.GenericSchema, A>(entry: Entry<S, A>): Entry<S, A> {
  return entry;
}

export type Table = Readonly<Record<string, Entry>>;

/** What a sender passes (the schema's input). */
export type DataOf<E> = E extends Entry<infer S> ? v.InferInput<S> : never;
/** What a handler receives (the schema's output). */
export type ParsedOf<E> = E extends Entry<infer S> ? v.InferOutput<S> : never;
export type AnswerOf<E> = E extends Entry<v.GenericSchema, infer A> ? A : never;

/** The wire form of every request: the entry's name and its data. */
export interface Envelope<N extends string = string, D = unknown> {
  name: N;
  data: D;
  /** Made by the sender, one per request and kept when it is sent again: the store applies a write once per id. */
  writeId?: string;
}

/** A request id as the clients make them (a version 4 UUID, lower case). */
export const WRITE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** `send(name)` for entries whose data has no required field, `send(name, data)` for the others. */
export type DataArgs<E> = object extends DataOf<E> ? [data?: DataOf<E>] : [data: DataOf<E>];
