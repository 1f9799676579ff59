/** Query parameters as the API reads them: arrays repeat the key (`filter=a=1&filter=b=2`). */
export type QueryValue = string | number | boolean | undefined | null | readonly string[];

/** `?a=1&filter=x&filter=y`, skipping empty values; '' when nothing is left. */
export function queryString(params: Record<string, QueryValue>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v)) for (const item of v) q.append(k, item);
    else q.append(k, v === true ? '1' : String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}
