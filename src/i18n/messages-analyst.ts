/** CLI strings of `fulcrum kpi analyst`; merged into the message table. */
export const analystMessagesEn = {
  'analyst.summary':
    'As of {asOf}: due {due}, delivered {delivered}, on time {onTime}; accepted {accepted} of {decided} judged, {pending} pending, {open} not due yet',
  'analyst.rule':
    'A report is accepted when no remark came within {days} business days of delivery. Calendar: {calendar}',
  'analyst.noneDue': 'Nothing was due in {period} by {asOf}: the sheet has no data',
  'analyst.imported': 'Imported {entries} entries, {norms} norms and {plans} plans from {file}',
  'analyst.saved': 'Saved',
  'analyst.id': 'Id',
  'analyst.title': 'Report',
  'analyst.deadline': 'Deadline',
  'analyst.delivered': 'Delivered',
  'analyst.onTime': 'On time',
  'analyst.status': 'Status',
  'analyst.type': 'Type',
  'analyst.normDays': 'Norm, business days',
  'analyst.date': 'Date',
  'analyst.dayOff': 'Day off',
  'analyst.yes': 'yes',
  'analyst.no': 'no',
  'analyst.status.open': 'not due yet',
  'analyst.status.missing': 'not delivered',
  'analyst.status.pending': 'pending',
  'analyst.status.remarked': 'remarked',
  'analyst.status.accepted': 'accepted',
};

export const analystMessagesRu: Record<keyof typeof analystMessagesEn, string> = {
  'analyst.summary':
    'На {asOf}: к сдаче {due}, сдано {delivered}, в срок {onTime}; принято {accepted} из {decided} оценённых, ждут замечаний {pending}, срок ещё не прошёл у {open}',
  'analyst.rule':
    'Отчёт принят, если за {days} раб. дн. после сдачи не было замечаний. Календарь: {calendar}',
  'analyst.noneDue': 'В {period} к {asOf} сдавать было нечего: данных для листа нет',
  'analyst.imported': 'Загружено записей: {entries}, норм: {norms}, планов: {plans} из {file}',
  'analyst.saved': 'Сохранено',
  'analyst.id': '№',
  'analyst.title': 'Отчёт',
  'analyst.deadline': 'Срок',
  'analyst.delivered': 'Сдан',
  'analyst.onTime': 'В срок',
  'analyst.status': 'Статус',
  'analyst.type': 'Тип',
  'analyst.normDays': 'Норма, раб. дн.',
  'analyst.date': 'Дата',
  'analyst.dayOff': 'Нерабочий день',
  'analyst.yes': 'да',
  'analyst.no': 'нет',
  'analyst.status.open': 'срок не прошёл',
  'analyst.status.missing': 'не сдан',
  'analyst.status.pending': 'ждём замечаний',
  'analyst.status.remarked': 'есть замечание',
  'analyst.status.accepted': 'принят',
};
