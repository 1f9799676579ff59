/**
 * Compiles only when A and B are assignable both ways: a core type and the schema that describes
 * it on the wire hold the same required fields of the same types, so neither drifts alone.
 * Usage: `sameShape<CoreType, z.output<typeof Schema>>(true)`; it does nothing at run time.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const sameShape = <A, B>(ok: SameShape<A, B>): SameShape<A, B> => ok;
