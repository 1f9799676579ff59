/**
 * Calendar dates as ISO text (YYYY-MM-DD). Arithmetic runs on UTC midnights, so no time zone or
 * daylight-saving change can move a date; a register entry's "delivered 2025-04-30" stays that day.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The date, or an error naming the bad text and what was expected. */
export function checkIsoDate(text: string, what: string): IsoDate {
  if (!isIsoDate(text)) throw new Error(`${what}: "${text}" is not a date, expected YYYY-MM-DD`);
  return text;
}

const toUtc = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`);
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The date `days` calendar days later (earlier when negative). */
export const addDays = (d: IsoDate, days: number): IsoDate => fromUtc(toUtc(d) + days * 86_400_000);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (d: IsoDate): number => new Date(toUtc(d)).getUTCDay();
