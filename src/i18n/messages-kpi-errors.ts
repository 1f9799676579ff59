/**
 * What the KPI services (plans, analysts, positions, calendars, definitions) say when a file or an
 * input is the user's to fix. A file's own problem follows its name: `plan.json: …`.
 */
export const kpiErrorsEn = {
  'kpi.remarkDate': 'remark "{remark}" should start with its date, e.g. "2025-05-12 text"',
  'kpi.fileEmpty': '{file}: the file is empty',
  'kpi.noColumn': '{file}: no "{column}" column (have: {columns})',
  'kpi.row': '{file}, row {row}',
  'kpi.notJsonCsvXlsx': '{file}: not JSON, CSV or XLSX ({reason})',
  'kpi.entryNoEmployee': '{file}: entry "{id}" names no employee; give {field}',
  'kpi.noEntry': 'no register entry "{id}" for {employee}',
  'kpi.plan': 'plan {employee} {period}',
  'kpi.noTask': 'no task "{task}" in the plan: {tasks}',
  'kpi.calendar': 'calendar {file}',
};

export const kpiErrorsRu: Record<keyof typeof kpiErrorsEn, string> = {
  'kpi.remarkDate': 'замечание «{remark}» должно начинаться с даты, например «2025-05-12 текст»',
  'kpi.fileEmpty': '{file}: файл пуст',
  'kpi.noColumn': '{file}: нет столбца «{column}» (есть: {columns})',
  'kpi.row': '{file}, строка {row}',
  'kpi.notJsonCsvXlsx': '{file}: не JSON, CSV и не XLSX ({reason})',
  'kpi.entryNoEmployee': '{file}: в записи «{id}» не указан сотрудник; укажите {field}',
  'kpi.noEntry': 'у сотрудника {employee} нет записи реестра «{id}»',
  'kpi.plan': 'план {employee} {period}',
  'kpi.noTask': 'в плане нет задачи «{task}»: {tasks}',
  'kpi.calendar': 'календарь {file}',
};
