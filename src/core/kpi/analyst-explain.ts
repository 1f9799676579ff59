import type { IsoDate } from '../calendar/index.ts';
import type { AssessedEntry } from './analyst-register.ts';
import { num, type Lang } from './format.ts';
import type { Label } from './types.ts';

const date = (d: IsoDate, lang: Lang): string =>
  lang === 'ru' ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : d;

const W = {
  ru: {
    regular: 'Отчёт',
    adhoc: 'Запрос',
    due: 'срок',
    byNorm: (req: string, n: string) => `по норме: запрос ${req} + ${n} раб. дн.`,
    open: 'ещё не сдан, срок не прошёл — оценим позже',
    missing: (n: number) => `не сдан, просрочка ${n} раб. дн. → не в срок, не сдан`,
    delivered: (d: string) => `сдан ${d}`,
    onTime: 'в срок',
    late: (n: number) => `с опозданием на ${n} раб. дн.`,
    took: (d: number, n: string | null) =>
      `подготовлен за ${d} раб. дн.${n === null ? '' : ` при норме ${n}`}`,
    remarked: (d: string, t: string, w: string) => `замечание ${d} («${t}») в окне до ${w} → не принят`,
    pending: (w: string) => `окно замечаний открыто до ${w} → ждём`,
    accepted: (w: string, days: number) => `замечаний в течение ${days} раб. дн. (до ${w}) не было → принят`,
    later: (ds: string) => ` (замечание ${ds} пришло после окна и приёмку не блокирует)`,
  },
  en: {
    regular: 'Report',
    adhoc: 'Request',
    due: 'due',
    byNorm: (req: string, n: string) => `by the norm: requested ${req} + ${n} business days`,
    open: 'not delivered, deadline not passed — judged later',
    missing: (n: number) => `not delivered, ${n} business days overdue → late, not delivered`,
    delivered: (d: string) => `delivered ${d}`,
    onTime: 'on time',
    late: (n: number) => `${n} business days late`,
    took: (d: number, n: string | null) =>
      `prepared in ${d} business days${n === null ? '' : ` against a norm of ${n}`}`,
    remarked: (d: string, t: string, w: string) =>
      `remark on ${d} ("${t}") within the window to ${w} → not accepted`,
    pending: (w: string) => `the remark window is open until ${w} → pending`,
    accepted: (w: string, days: number) => `no remark within ${days} business days (to ${w}) → accepted`,
    later: (ds: string) => ` (the remark on ${ds} came after the window and does not block acceptance)`,
  },
} as const;

/** One register entry as a sentence: its deadline, delivery and why it is or is not accepted. */
export function explainEntryIn(e: AssessedEntry, acceptanceDays: number, lang: Lang): string {
  const w = W[lang];
  const d = (x: IsoDate): string => date(x, lang);
  const title = lang === 'ru' ? `«${e.title}»` : `"${e.title}"`;
  const head = `${e.kind === 'regular' ? w.regular : w.adhoc} ${title} (${e.id})`;
  const norm =
    e.deadlineFrom === 'norm' && e.requested && e.normDays !== null
      ? ` (${w.byNorm(d(e.requested), num(e.normDays, lang))})`
      : '';
  const parts = [`${head}: ${w.due} ${d(e.deadline)}${norm}`];
  if (e.status === 'open') return `${parts[0]}, ${w.open}`;
  if (e.status === 'missing') return `${parts[0]}, ${w.missing(e.lateDays)}`;
  parts.push(`${w.delivered(d(e.delivered!))} — ${e.onTime ? w.onTime : w.late(e.lateDays)}`);
  if (e.took !== null) parts.push(w.took(e.took, e.normDays === null ? null : num(e.normDays, lang)));
  const win = d(e.windowCloses!);
  if (e.status === 'remarked') parts.push(w.remarked(d(e.blockingRemark!.date), e.blockingRemark!.text, win));
  else if (e.status === 'pending') parts.push(w.pending(win));
  else {
    const later = e.remarks.filter((r) => r.date > e.windowCloses!).map((r) => d(r.date));
    parts.push(w.accepted(win, acceptanceDays) + (later.length ? w.later(later.join(', ')) : ''));
  }
  return parts.join(', ');
}

/** Both languages, as every sheet line carries them. */
export const explainEntry = (e: AssessedEntry, acceptanceDays: number): Label => ({
  ru: explainEntryIn(e, acceptanceDays, 'ru'),
  en: explainEntryIn(e, acceptanceDays, 'en'),
});
