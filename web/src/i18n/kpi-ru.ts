import { kpiDesignRu } from './kpi-design-ru.ts';
import { kpiEditRu } from './kpi-edit-ru.ts';
import { kpiQuarterRu } from './kpi-quarter-ru.ts';
import { kpiPlansRu } from './kpi-plans-ru.ts';

/** Russian strings of the KPI page; spread into ru.ts. */
export const kpiRu = {
  ...kpiEditRu,
  ...kpiQuarterRu,
  ...kpiPlansRu,
  ...kpiDesignRu,
  'nav.kpi': 'Мотивация',
  'kpi.employee': 'Сотрудник',
  'kpi.sheet': 'Лист',
  'kpi.kindMonthly': 'мотивационный лист',
  'kpi.kindAnalyst': 'лист аналитика',
  'kpi.monthlySheet': 'Мотивационный лист: {name}, {period}',
  'kpi.analystSheet': 'Лист аналитика: {name}, {period}',
  'kpi.download': 'Скачать XLSX',
  'kpi.total': 'Итого премия (до НДФЛ)',
  'kpi.bonus': 'База премии',
  'kpi.lines': 'Показатели листа',
  'kpi.kpi': 'Показатель',
  'kpi.weight': 'Вес',
  'kpi.plan': 'План',
  'kpi.fact': 'Факт',
  'kpi.completion': 'Выполнение',
  'kpi.paid': 'К выплате',
  'kpi.amount': 'Сумма',
  'kpi.howComputed': 'Как посчитано',
  'kpi.sources': 'Откуда факты',
  'kpi.source.manual': 'введён вручную',
  'kpi.source.warehouse': 'из данных',
  'kpi.source.register': 'из реестра',
  'kpi.missing': 'Нет данных: {kpis}. Сумма появится, когда факты будут введены.',
  'kpi.noEmployees':
    'Ваша учётная запись не связана с сотрудником. Попросите владельца связать её: fulcrum kpi link.',
  'kpi.noPlans': 'У сотрудника пока нет планов.',
  'kpi.register': 'Реестр отчётов',
  'kpi.entry': 'Отчёт или запрос',
  'kpi.deadline': 'Срок',
  'kpi.delivered': 'Сдан',
  'kpi.status': 'Статус',
  'kpi.acceptRule':
    'Отчёт принят, если за {days} раб. дн. после сдачи не было замечаний. Календарь: {calendar}.',
  'kpi.counts':
    'На {asOf}: к сдаче {due}, сдано {delivered}, в срок {onTime}; принято {accepted} из {decided}, ждут замечаний {pending}.',
  'kpi.status.open': 'срок не прошёл',
  'kpi.status.missing': 'не сдан',
  'kpi.status.pending': 'ждём замечаний',
  'kpi.status.remarked': 'есть замечание',
  'kpi.status.accepted': 'принят',
};
