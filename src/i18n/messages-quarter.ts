/** CLI strings of `fulcrum kpi quarter`; merged into the message table. */
export const quarterMessagesEn = {
  'quarter.imported': 'Imported {count} quarterly plans from {file}',
  'quarter.deleted': 'Deleted the quarterly plan of {employee} for {quarter}',
  'quarter.missing':
    'No data for: {kpis} — enter the facts with `fulcrum kpi quarter plan set --employee {employee} --quarter {period} --fact KPI=VALUE --source TEXT` (a task: `--task TASK=0..1`)',
  'quarter.employee': 'Employee',
  'quarter.quarter': 'Quarter',
  'quarter.none': 'No quarterly plans yet: import one with `fulcrum kpi quarter plan import FILE`',
};

export const quarterMessagesRu: Record<keyof typeof quarterMessagesEn, string> = {
  'quarter.imported': 'Загружено квартальных планов: {count} из {file}',
  'quarter.deleted': 'Квартальный план {employee} на {quarter} удалён',
  'quarter.missing':
    'Нет данных: {kpis} — введите факты командой `fulcrum kpi quarter plan set --employee {employee} --quarter {period} --fact KPI=ЗНАЧЕНИЕ --source ТЕКСТ` (задачу: `--task ЗАДАЧА=0..1`)',
  'quarter.employee': 'Сотрудник',
  'quarter.quarter': 'Квартал',
  'quarter.none':
    'Квартальных планов пока нет: загрузите план командой `fulcrum kpi quarter plan import ФАЙЛ`',
};
