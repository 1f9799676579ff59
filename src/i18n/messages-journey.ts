/** CLI strings of the customer journey map (`fulcrum journey`); merged into the message table. */
export const journeyMessagesEn = {
  'journey.title': 'Customer journey map · {period}',
  'journey.stage': 'Stage',
  'journey.levers': 'Levers (value)',
  'journey.reached': 'Clients',
  'journey.kept': 'Went on',
  'journey.narrowest':
    'Narrowest place: stage {position} “{stage}” — {lost} of its clients do not reach the next stage.',
  'journey.constraint': 'Key constraint: lever {lever} (by {dim}); it is made at stage {position} “{stage}”.',
  'journey.noConstraint': 'No key constraint: no segment lags behind the best quarter.',
  'journey.notNested':
    '* more clients at the next stage than at this one: they did not all come through it, so no share is drawn.',
  'journey.counts':
    'Clients: leads of the period → new clients who had a lead in it → those of them who ordered again; “—” where the data cannot count a stage.',
  'journey.badPreset': 'unknown journey preset “{preset}”; choose one of: {choices}',
  'journey.saveWhat': '--save keeps a map as the company’s: give it with --preset or --map FILE',
  'journey.saved': 'Saved as the company’s journey map.',
};

export const journeyMessagesRu: Record<keyof typeof journeyMessagesEn, string> = {
  'journey.title': 'Карта пути клиента · {period}',
  'journey.stage': 'Этап',
  'journey.levers': 'Рычаги (значение)',
  'journey.reached': 'Клиентов',
  'journey.kept': 'Дошли дальше',
  'journey.narrowest':
    'Самое узкое место: этап {position} «{stage}» — {lost} клиентов не доходят до следующего этапа.',
  'journey.constraint':
    'Ключевое ограничение: рычаг {lever} (по разрезу «{dim}»); он создаётся на этапе {position} «{stage}».',
  'journey.noConstraint': 'Ключевого ограничения нет: ни один сегмент не отстаёт от лучшей четверти.',
  'journey.notNested':
    '* на следующем этапе клиентов больше, чем на этом: не все пришли через него, доля не считается.',
  'journey.counts':
    'Клиенты: лиды периода → новые клиенты, у которых был лид в периоде → те из них, кто купил снова; «—» — данные не позволяют посчитать этап.',
  'journey.badPreset': 'неизвестный шаблон карты «{preset}»; выберите: {choices}',
  'journey.saveWhat': '--save сохраняет карту как карту компании: укажите её через --preset или --map ФАЙЛ',
  'journey.saved': 'Сохранено как карта пути клиента компании.',
};
