/**
 * What the customer analyses (RFM, segments, CLV, holdout) say when the user's input is to blame.
 * `{field}` is the input as the surface spells it (`--asof` in the terminal, `asof` in the API).
 */
export const customerErrorsEn = {
  'customers.noOrders':
    'the warehouse has no orders yet: import a file with `fulcrum import FILE --table orders`',
  'customers.noOrdersBefore': 'no orders on or before {asOf}: the data start on {first}',
  'customers.asOfFuture': '{field} {asOf} is in the future (today is {today})',
  'customers.window': '{field} must be a whole number of days ≥ 1, got "{value}"',
  'customers.fromAfter': '{field} {from} must be before the second date {asOf}',
  'customers.toAsOf': '--to {to} and --asof {asOf} disagree: give one of them',
  'customers.unknownSegment': 'unknown segment "{name}": use one of {names}',
  'customers.unknownModel': 'unknown model "{model}": use one of {models}',
  'customers.unknownUnit': 'unknown unit "{unit}": use one of {units}',
  'customers.noBuyers': 'no customers bought on or before {date}',
  'customers.noRepeatBuyers': 'Gamma-Gamma needs repeat buyers; there are none',
  'customers.topGroup': '{field} must be a whole number from 1 to 100, got "{value}"',
  'customers.calibrationAfterHoldout':
    'the calibration end {calibrationEnd} must come before the holdout end {holdoutEnd}',
  'customers.notConvergedHoldout':
    '{model} did not converge ({convergence}) on {customers} customers up to {date}: too little history to check it',
  'customers.notConvergedValue':
    '{model} did not converge ({convergence}) on {customers} customers up to {date}: too little history to value customers',
  'customers.horizon': '{field} must be a positive number of {unit}s, got "{value}"',
  'customers.margin': '{field} must be a share between 0 and 1, e.g. 0.35, got "{value}"',
  'customers.discount': '{field} must be a rate per {unit} between 0 and 1, e.g. 0.01, got "{value}"',
  'customers.fileNoOrders': 'the file has no orders',
  'customers.number': '{field} must be a number, got "{value}"',
};

export const customerErrorsRu: Record<keyof typeof customerErrorsEn, string> = {
  'customers.noOrders':
    'в хранилище ещё нет заказов: загрузите файл командой `fulcrum import ФАЙЛ --table orders`',
  'customers.noOrdersBefore': 'до {asOf} заказов нет: данные начинаются {first}',
  'customers.asOfFuture': '{field} {asOf} — в будущем (сегодня {today})',
  'customers.window': '{field} — целое число дней ≥ 1, а не «{value}»',
  'customers.fromAfter': '{field} {from} должна быть раньше второй даты {asOf}',
  'customers.toAsOf': '--to {to} и --asof {asOf} не совпадают: укажите одну из них',
  'customers.unknownSegment': 'неизвестный сегмент «{name}»: укажите один из {names}',
  'customers.unknownModel': 'неизвестная модель «{model}»: укажите одну из {models}',
  'customers.unknownUnit': 'неизвестная единица «{unit}»: укажите одну из {units}',
  'customers.noBuyers': 'по {date} включительно покупателей нет',
  'customers.noRepeatBuyers': 'модели Gamma-Gamma нужны повторные покупатели, а их нет',
  'customers.topGroup': '{field} — целое число от 1 до 100, а не «{value}»',
  'customers.calibrationAfterHoldout':
    'конец периода обучения {calibrationEnd} должен быть раньше конца отложенного периода {holdoutEnd}',
  'customers.notConvergedHoldout':
    '{model} не сошлась ({convergence}) на {customers} клиентах до {date}: истории слишком мало, чтобы её проверить',
  'customers.notConvergedValue':
    '{model} не сошлась ({convergence}) на {customers} клиентах до {date}: истории слишком мало, чтобы оценить клиентов',
  'customers.horizon': '{field} — положительное число (единица — {unit}), а не «{value}»',
  'customers.margin': '{field} — доля от 0 до 1, например 0.35, а не «{value}»',
  'customers.discount': '{field} — ставка за единицу ({unit}) от 0 до 1, например 0.01, а не «{value}»',
  'customers.fileNoOrders': 'в файле нет заказов',
  'customers.number': '{field} — число, а не «{value}»',
};
