/** Russian strings of the journey map page; spread into ru.ts. */
export const journeyRu = {
  'nav.journey': 'Путь клиента',
  'journey.title': 'Карта пути клиента',
  'journey.company': 'Карта компании',
  'journey.adopt': 'Сделать картой компании',
  'journey.adoptNote':
    'Этапы этого шаблона станут картой компании; её увидят все, кто работает с аналитикой.',
  'journey.preset': 'Шаблон карты',
  'journey.preset.b2c': 'Розница',
  'journey.preset.b2b': 'B2B-продажи',
  'journey.preset.clinic': 'Клиника',
  'journey.stage': 'Этап {n}',
  'journey.levers': 'Рычаги',
  'journey.touchpoints': 'Точки контакта',
  'journey.difficulties': 'Трудности',
  'journey.tactic': 'Тактика продаж',
  'journey.deciders': 'ЛПР',
  'journey.influencers': 'ЛВР',
  'journey.reached': '{n} клиентов',
  'journey.noCount': 'не считается по данным',
  'journey.kept': 'дальше идут {kept}',
  'journey.lost': 'теряется {lost}',
  'journey.notNested': 'на следующем этапе клиентов больше: доля не считается',
  'journey.constraint':
    'Ключевое ограничение — рычаг {lever} (по разрезу «{dim}»); он создаётся на этапе {n} «{stage}».',
  'journey.noConstraint': 'Ключевого ограничения нет: ни один сегмент не отстаёт от лучшей четверти.',
  'journey.narrowest': 'Самое узкое место — этап {n} «{stage}»: {lost} клиентов не доходят дальше.',
  'journey.constraintBadge': 'ограничение',
  'journey.narrowestBadge': 'узкое место',
  'journey.counts':
    'Клиенты на этапах: лиды периода → новые клиенты, у которых был лид в периоде → те из них, кто купил снова. Остальные этапы по заказам не считаются — их оценит обратная связь.',
};
