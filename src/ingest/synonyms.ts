import type { TableName } from './contract.ts';

/**
 * Header synonyms per table and canonical field, from real Russian CRM/POS/ad exports (see
 * /work/shared/IMPORT-HEADERS.md). Compared after normaliseHeader, so case, ё and spacing do not
 * matter. Orders also list dimension names (store, manager…): they land in english-named columns.
 */
export type SynonymTable = Record<string, readonly string[]>;

const ORDER_ID = ['ID', '№', 'Номер', 'Номер заказа', 'Номер отправления', 'ID сделки', 'Номер чека'];
const ORDER_ID_MORE = ['НомерЧекаККМ', 'Номер ФД', 'ID начисления', 'order_id', 'posting_number', 'order'];
const CUSTOMER_ID = [
  'customer_id',
  'ID клиента',
  'Клиент',
  'Контрагент',
  'Покупатель',
  'Основной контакт',
  'Полное имя контакта',
  'Контакт',
  'client_id',
  'customer',
];
const TS = [
  'ts',
  'Дата',
  'Дата создания',
  'Дата создания сделки',
  'Дата оформления заказа',
  'Дата продажи',
  'Дата заказа',
  'Дата операции',
  'Дата начисления',
  'Принят в обработку',
  'Дата ФД',
  'Дата и время',
  'Время',
  'Период',
  'Дата визита',
  'Date',
  'moment',
  'datetime',
  'timestamp',
];
const REVENUE = [
  'revenue',
  'Сумма',
  'Бюджет',
  'Сумма сделки',
  'Возможная сумма',
  'Сумма чека',
  'СуммаДокумента',
  'Сумма продаж',
  'Выручка',
  'Выручка (без НДС)',
  'Итого',
  'Оплачено покупателем',
  'Общая сумма с учетом скидки',
  'Вайлдберриз реализовал Товар (Пр)',
  'Сумма итого, руб.',
  'amount',
  'total',
  'sellSum',
  'sum',
];
const CHANNEL = [
  'channel',
  'Источник',
  'Источник трафика',
  'Канал',
  'Способ оформления',
  'Платформа продажи',
  'Схема работы',
  'Рекламная система',
  'utm_source',
  'UTMSource',
  'source',
];
const SPEND_AMOUNT = ['amount', 'Расход', 'Расход (руб.)', 'Расход, ₽', 'Расход, ₽, с НДС', 'Расходы'];
const SPEND_AMOUNT_MORE = ['Потрачено, ₽', 'Потрачено всего, ₽', 'Потрачено', 'Затраты', 'Cost', 'Expenses'];

/** The synonym table, per loadable table. Each synonym belongs to one field of a table. */
export const SYNONYMS: Record<TableName, SynonymTable> = {
  orders: {
    order_id: [...ORDER_ID, ...ORDER_ID_MORE],
    customer_id: CUSTOMER_ID,
    ts: TS,
    revenue: REVENUE,
    items: ['items', 'Количество', 'Кол-во', 'Продано', 'Проданное количество', 'quantity', 'qty'],
    cost: ['cost', 'Себестоимость', 'Стоимость', 'Общая стоимость закупки', 'Цена закупки', 'sellCostSum'],
    channel: CHANNEL,
    discount: ['discount', 'Скидка', 'Сумма скидки', 'Согласованная скидка'],
    store: ['store', 'Магазин', 'Точка продаж', 'Склад', 'Место расчетов', 'Касса', 'Филиал'],
    region: ['region', 'Регион', 'Город', 'city'],
    manager: ['manager', 'Ответственный', 'Менеджер', 'Кассир', 'Сотрудник'],
    category: ['category', 'Категория', 'Предмет', 'Группа товаров', 'Номенклатурная группа'],
    product: [
      'product',
      'Товар',
      'Номенклатура',
      'Наименование',
      'Название товара',
      'Артикул',
      'Артикул продавца',
      'SKU',
      'Услуга',
    ],
  },
  leads: {
    lead_id: ['lead_id', 'ID', 'ID сделки', 'ID лида', 'Номер', '№', 'Номер сделки', 'id'],
    ts: [...TS.filter((s) => s !== 'ts'), 'ts', 'Дата создания лида'],
    channel: CHANNEL,
    status: ['status', 'Этап сделки', 'Статус сделки', 'Стадия сделки', 'Стадия', 'Статус', 'Этап', 'stage'],
    customer_id: CUSTOMER_ID,
  },
  spend: {
    date: ['date', 'Дата', 'День', 'Период', 'day'],
    channel: [...CHANNEL, 'Кампания', 'CampaignName', 'Площадка'],
    amount: [...SPEND_AMOUNT, ...SPEND_AMOUNT_MORE, 'spent', 'spend', 'Сумма'],
    impressions: ['impressions', 'Показы', 'shows', 'views'],
    clicks: ['clicks', 'Клики', 'Переходы'],
  },
  costs: {
    month: ['month', 'Месяц', 'Период', 'Дата', 'date'],
    kind: ['kind', 'Вид', 'Вид затрат', 'Вид расходов', 'Статья', 'Статья затрат', 'Статья расходов', 'Тип'],
    amount: ['amount', 'Сумма', 'Расход', 'Расходы', 'Затраты', 'Итого'],
  },
};
