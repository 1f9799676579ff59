/** Russian strings of the what-if's cost inputs (profit model); spread into ru.ts. */
export const whatifRu = {
  'whatif.costs': 'Расходы',
  'whatif.costsHint':
    'Расходы — не рычаги: в прибыль они входят как есть. Значения взяты из данных за {period}; их можно изменить.',
  'whatif.costsHintNone': 'В данных нет значений для части расходов: введите их, чтобы получить прибыль.',
  'whatif.costNoData': 'нет данных — введите',
  'whatif.needCosts': 'введите расходы, чтобы получить прибыль: {names}',
};
