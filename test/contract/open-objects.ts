/**
 * Finds the places where an OpenAPI schema does not say what an answer holds: an object with no
 * declared properties (`z.object({})`, `z.looseObject({})`) or one open to undeclared fields
 * (`looseObject`, `catchall`). A record (`additionalProperties` set to a schema with no
 * `properties` of its own) is closed over its values and allowed. Shared by openapi-complete and
 * the route-answer harness, so both hold answers to the same rule.
 */

/** A JSON (OpenAPI 3.0) schema, as much of it as the walk reads. */
type JsonSchema = Record<string, unknown>;

/** `#/components/schemas/Name` → Name. */
const refName = (ref: string): string => ref.replace('#/components/schemas/', '');

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A schema any value passes: `{}`, or `{ nullable: true }` (how OpenAPI 3.0 writes zod's
 * `unknown()` and a `looseObject`'s catchall).
 */
const SAYS_SOMETHING = ['type', '$ref', 'properties', 'items', 'enum', 'anyOf', 'oneOf', 'allOf'];
const isAnything = (v: unknown): boolean =>
  v === true || (isSchema(v) && !SAYS_SOMETHING.some((key) => key in v));

/** Why this one object node is open or empty, or null when it is complete. */
function objectProblem(s: JsonSchema): string | null {
  const props = isSchema(s['properties']) ? Object.keys(s['properties']) : [];
  const extra = s['additionalProperties'];
  if (isAnything(extra)) return 'an object open to undeclared fields';
  // A record: no own properties, every value of one declared schema.
  if (props.length === 0 && isSchema(extra)) return null;
  if (props.length === 0) return 'an object with no declared properties';
  return null;
}

/** One open or empty object: the component (or route) it is in, where inside, and what is wrong. */
export interface OpenObject {
  owner: string;
  where: string;
  problem: string;
}

/**
 * Every open or empty object reachable from `schema`, which belongs to `owner` (a route's name
 * for an inline schema). `$ref`s are followed into `components` once each and reported under the
 * component's name.
 */
export function openObjects(
  schema: unknown,
  components: Record<string, unknown>,
  owner: string,
  seen = new Set<string>(),
  where = '',
): OpenObject[] {
  if (!isSchema(schema)) return [];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = refName(ref);
    if (seen.has(name)) return [];
    seen.add(name);
    return openObjects(components[name], components, name, seen);
  }
  const found: OpenObject[] = [];
  const walk = (sub: unknown, at: string) => found.push(...openObjects(sub, components, owner, seen, at));
  const type = schema['type'];
  if (
    type === 'object' ||
    (type === undefined && ('properties' in schema || 'additionalProperties' in schema))
  ) {
    const problem = objectProblem(schema);
    if (problem !== null) found.push({ owner, where: where || '(root)', problem });
  }
  const props = isSchema(schema['properties']) ? schema['properties'] : {};
  for (const [key, sub] of Object.entries(props)) walk(sub, `${where}.${key}`);
  if (isSchema(schema['additionalProperties'])) walk(schema['additionalProperties'], `${where}{*}`);
  if (isSchema(schema['items'])) walk(schema['items'], `${where}[]`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((sub, i) => walk(sub, `${where}|${i}`));
  }
  return found;
}

/** "Owner .path: problem", one line per open object, for a failure message. */
export const describeOpen = (found: OpenObject[]): string[] =>
  found.map((o) => `${o.owner} ${o.where}: ${o.problem}`);
