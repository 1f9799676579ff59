/** Russian strings of the product funnel (Customers → Funnel); spread into ru.ts. */
export const funnelRu = {
  'cust.tab.funnel': 'Продуктовая воронка',
  'funnel.dim': 'Что считать',
  'funnel.steps': 'Покупок',
  'funnel.title': 'Что покупают первым, вторым, третьим',
  'funnel.hint':
    'Каждая покупка отнесена к тому значению «{dim}», на которое пришлась большая часть её суммы. Доля — от клиентов, сделавших эту покупку; «купили снова» — доля тех, кто затем сделал следующую.',
  'funnel.purchase': '{n}-я покупка',
  'funnel.reached': '{customers} клиентов ({share} от первой покупки), средний чек {check}',
  'funnel.checks': 'Средний чек по покупкам: {list}.',
  'funnel.value': 'Значение',
  'funnel.all': 'Все покупки',
  'funnel.share': 'Доля',
  'funnel.avgCheck': 'Ср. чек',
  'funnel.continued': 'Купили снова',
  'funnel.none': 'нет значения',
  'funnel.flows': 'Переходы между покупками',
  'funnel.flowsHint':
    'Слева направо — 1-я, 2-я, 3-я покупка; ширина полосы — число клиентов, серая полоса — те, кто больше не покупал.',
  'funnel.topHint':
    'На схеме — {top} значений с наибольшим числом клиентов на каждой покупке; остальные (до {items}) объединены в «{other}». В таблицах — все значения.',
  'funnel.stopped': 'больше не купили',
  'funnel.flowTip': '{from} → {to}: {customers} клиентов ({share})',
  'funnel.nodeTip': '{n}-я покупка, {value}: {customers} клиентов',
  'funnel.matrix': 'Куда переходят после {n}-й покупки',
  'funnel.matrixHint':
    'Строка — что купили в {n}-й покупке, столбец — что в следующей; в клетке доля клиентов строки (строка в сумме 100 %), под ней средний чек следующей покупки.',
  'funnel.fromTo': 'было ↓ / потом →',
  'funnel.empty': 'В данных нет покупок за выбранный период.',
};
