import {
  addBusinessDays,
  businessDaysBetween,
  checkIsoDate,
  type IsoDate,
  type WorkCalendar,
} from '../calendar/index.ts';

/** A regular report (on a schedule, with a due date) or an ad-hoc request (with an agreed date). */
export const ENTRY_KINDS = ['regular', 'adhoc'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A remark on a delivered report, dated the day it was made. */
export interface Remark {
  date: IsoDate;
  text: string;
}

/** One line of the analyst's register, as entered or imported. */
export interface RegisterEntry {
  id: string;
  kind: EntryKind;
  /** Report type: the key of its time norm (weekly-channels, cohort-study…). */
  type: string;
  title: string;
  /** Regular reports: the due date. */
  due?: IsoDate | null;
  /** Ad-hoc requests: the date agreed with whoever asked. */
  agreed?: IsoDate | null;
  /** Ad-hoc requests: when it was asked for; with the type's norm it gives a deadline when none was agreed. */
  requested?: IsoDate | null;
  delivered: IsoDate | null;
  remarks: Remark[];
}

/** Time norm of a report type: business days its preparation takes. */
export interface ReportNorm {
  type: string;
  name: string;
  days: number;
}

/**
 * What became of an entry as of a date:
 * open — not delivered, deadline not passed (not judged yet);
 * missing — not delivered, deadline passed;
 * pending — delivered, the remark window still open;
 * remarked — a remark came inside the window;
 * accepted — the window closed without a remark.
 */
export type EntryStatus = 'open' | 'missing' | 'pending' | 'remarked' | 'accepted';

/** An entry judged by the rules. */
export interface AssessedEntry extends RegisterEntry {
  deadline: IsoDate;
  /** Where the deadline came from: the due date, the agreed date, or requested + norm. */
  deadlineFrom: 'due' | 'agreed' | 'norm';
  status: EntryStatus;
  /** Delivered on or before the deadline; null while open. */
  onTime: boolean | null;
  /** Business days after the deadline it was (or, missing, still is) late; 0 on time. */
  lateDays: number;
  /** Last business day a remark still blocks acceptance; null when not delivered. */
  windowCloses: IsoDate | null;
  /** The first remark inside the window, which blocked acceptance. */
  blockingRemark: Remark | null;
  /** The time norm of the entry's type, business days; null when the type has none. */
  normDays: number | null;
  /** Business days from request to delivery, when both are known. */
  took: number | null;
}

/** Rules of the register: the remark window (METHODOLOGY §3: 3 business days) and the as-of date. */
export interface RegisterRules {
  acceptanceDays: number;
  asOf: IsoDate;
  calendar: WorkCalendar;
  norms: ReadonlyMap<string, ReportNorm>;
}

function deadlineOf(
  e: RegisterEntry,
  rules: RegisterRules,
): Pick<AssessedEntry, 'deadline' | 'deadlineFrom'> {
  if (e.kind === 'regular') {
    if (!e.due) throw new Error(`regular report "${e.id}" needs a due date`);
    return { deadline: e.due, deadlineFrom: 'due' };
  }
  if (e.agreed) return { deadline: e.agreed, deadlineFrom: 'agreed' };
  const norm = rules.norms.get(e.type);
  if (!e.requested || !norm)
    throw new Error(
      `ad-hoc request "${e.id}" needs an agreed date, or a requested date and a time norm for type "${e.type}"`,
    );
  return {
    deadline: addBusinessDays(rules.calendar, e.requested, Math.max(1, Math.ceil(norm.days))),
    deadlineFrom: 'norm',
  };
}

/**
 * Checks an entry's dates: every date real, nothing delivered before it was asked for, no remark
 * before the delivery it remarks on, no remark on an undelivered report. The error names the entry.
 */
export function checkEntry(e: RegisterEntry): void {
  const where = `register entry "${e.id}"`;
  if (!e.id.trim()) throw new Error('a register entry needs an id');
  if (!ENTRY_KINDS.includes(e.kind))
    throw new Error(`${where}: kind "${String(e.kind)}", use ${ENTRY_KINDS.join(' or ')}`);
  for (const k of ['due', 'agreed', 'requested', 'delivered'] as const) {
    const v = e[k];
    if (v) checkIsoDate(v, `${where}, ${k}`);
  }
  if (e.kind === 'regular' && (e.agreed || e.requested))
    throw new Error(`${where}: a regular report has a due date, not agreed or requested dates`);
  if (e.kind === 'adhoc' && e.due)
    throw new Error(`${where}: an ad-hoc request has an agreed date, not a due date`);
  if (e.requested && e.delivered && e.delivered < e.requested)
    throw new Error(`${where}: delivered ${e.delivered} before it was requested (${e.requested})`);
  if (e.requested && e.agreed && e.agreed < e.requested)
    throw new Error(`${where}: agreed date ${e.agreed} is before the request (${e.requested})`);
  for (const r of e.remarks) {
    checkIsoDate(r.date, `${where}, remark`);
    if (!e.delivered) throw new Error(`${where}: a remark on ${r.date} but the report is not delivered`);
    if (r.date < e.delivered)
      throw new Error(`${where}: a remark on ${r.date} is before the delivery on ${e.delivered}`);
  }
}

/** Checks a whole register: every entry, and ids unique (an id is how a remark finds its report). */
export function checkRegister(entries: readonly RegisterEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    checkEntry(e);
    if (seen.has(e.id)) throw new Error(`register entry "${e.id}" appears twice`);
    seen.add(e.id);
  }
}

/**
 * Judges one entry as of `rules.asOf`; what happened after that date is not known yet. A report is
 * accepted when no remark came on or before the `acceptanceDays`-th business day after delivery:
 * delivered Wednesday 30 April 2025 with 3 days, the window runs over the May holidays to Wednesday
 * 7 May, and a remark on Monday 12 May (the 4th business day) no longer blocks it.
 */
export function assessEntry(e: RegisterEntry, rules: RegisterRules): AssessedEntry {
  checkEntry(e);
  const { deadline, deadlineFrom } = deadlineOf(e, rules);
  const cal = rules.calendar;
  const delivered = e.delivered && e.delivered <= rules.asOf ? e.delivered : null;
  const remarks = delivered ? e.remarks.filter((r) => r.date <= rules.asOf) : [];
  const normDays = rules.norms.get(e.type)?.days ?? null;
  const base = { ...e, delivered, remarks, deadline, deadlineFrom, normDays };
  if (!delivered) {
    const passed = rules.asOf > deadline;
    return {
      ...base,
      status: passed ? 'missing' : 'open',
      onTime: passed ? false : null,
      lateDays: passed ? businessDaysBetween(cal, deadline, rules.asOf) : 0,
      windowCloses: null,
      blockingRemark: null,
      took: null,
    };
  }
  const windowCloses = addBusinessDays(cal, delivered, rules.acceptanceDays);
  const blockingRemark =
    [...remarks].sort((a, b) => (a.date < b.date ? -1 : 1)).find((r) => r.date <= windowCloses) ?? null;
  const status: EntryStatus = blockingRemark
    ? 'remarked'
    : rules.asOf <= windowCloses
      ? 'pending'
      : 'accepted';
  return {
    ...base,
    status,
    onTime: delivered <= deadline,
    lateDays: businessDaysBetween(cal, deadline, delivered),
    windowCloses,
    blockingRemark,
    took: e.requested ? businessDaysBetween(cal, e.requested, delivered) : null,
  };
}
