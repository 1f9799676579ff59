/**
 * The contract's route table as types: a route's name (`GET /api/meta`) gives its path
 * parameters, its JSON body and its answer. Types only; the table itself stays on the server.
 */
import type { z } from 'zod';
import type { API_ROUTES } from '../../../src/contract/index.ts';

type Table = typeof API_ROUTES;

/** A route the workbench may call, by `METHOD /api/path`. */
export type ApiRoute = keyof Table;

/** What `route` answers (undefined for a 204). */
export type Answer<K extends ApiRoute> = Table[K]['answer'] extends z.ZodType
  ? z.output<Table[K]['answer']>
  : undefined;

/** The JSON body `route` takes, or never. */
export type RouteBody<K extends ApiRoute> = Table[K] extends { body: infer B extends z.ZodType }
  ? z.input<B>
  : never;

/** `{id}` names in a path. */
type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | ParamNames<Rest>
  : never;

/** `{ params: { id } }` for a path with parameters, nothing otherwise. */
export type RouteParams<K extends ApiRoute> = [ParamNames<K & string>] extends [never]
  ? { params?: undefined }
  : { params: Record<ParamNames<K & string>, string | number> };
