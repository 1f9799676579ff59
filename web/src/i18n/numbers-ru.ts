/** Russian strings of the key constraint's range rule, the next step, channel definitions and the tornado; spread into ru.ts. */
export const numbersRu = {
  'next.title': 'Что делать дальше',
  'next.potential': 'Потенциал: {gain} выручки.',
  'next.levers': 'Рычаг и сегменты — из ключевого ограничения по измерению «{dim}».',
  'constraint.outOfRange':
    'Не учтены: {segments} — значение выше 100%, а доля не бывает больше 100%. Здесь среди покупателей есть повторные, которые не были лидами этого сегмента; такие сегменты не задают планку и не входят в потенциал.',
  'constraint.heldAtBound':
    '{segments}: прирост посчитан так, будто каждый новый лид становится не больше чем одним покупателем — их конверсия выше 100% (повторные покупатели) не переносится на новых лидов.',
  'constraint.bound': 'не выше {max}',
  'cust.definitions': 'Как считается каждый показатель',
  'cust.notes': 'Почему эти цифры верны',
};
