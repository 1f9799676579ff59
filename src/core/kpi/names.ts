import type { Label } from './types.ts';

/** Names of the sheet's fixed KPIs and parts, in both languages. */
export const NAMES = {
  leads: { ru: 'Лиды', en: 'Leads' },
  newClientShare: { ru: 'Доля новых клиентов', en: 'Share of new clients' },
  acceptedShare: { ru: 'Доля принятых лидов', en: 'Share of accepted leads' },
  partLeads: { ru: 'Часть 1: лиды', en: 'Part 1: leads' },
  partTasks: { ru: 'Часть 2: задачи', en: 'Part 2: tasks' },
  partDiscretionary: { ru: 'Часть 3: по решению руководителя', en: "Part 3: manager's discretion" },
  partKpi: { ru: 'KPI', en: 'KPI' },
  partCalendar: { ru: 'Календарные задачи', en: 'Calendar tasks' },
} satisfies Record<string, Label>;

/** A task's line name: «Задача: запуск рассылки». */
export const taskName = (name: string): Label => ({ ru: `Задача «${name}»`, en: `Task "${name}"` });
