import type { Bilingual } from '../../i18n/index.ts';
import type { JourneyMap, JourneyPresetId, JourneyStage } from './stage.ts';

const t = (ru: string, en: string): Bilingual => ({ ru, en });

/**
 * Fulcrum's six default stages. The seeds announce six stages of a customer journey map without
 * naming them; the methodology's book names four kinds of touchpoint (first consideration, active
 * evaluation and choice, the deal, post-purchase experience). Fulcrum adds repeat purchase and
 * recommendation, the two stages the formula's Q and the referral share of L live in
 * (docs/methodology.md, "The customer journey map").
 */
// Reach follows the period's new clients as a cohort (leads → new clients → came back), so each
// share is of the stage before; impressions are not clients and "experience" is not counted by
// orders, so those stages carry no count in the presets (feedback will judge them).
const B2C: readonly JourneyStage[] = [
  {
    id: 'consideration',
    name: t('Первичное рассмотрение', 'First consideration'),
    touchpoints: [
      t('Реклама', 'Ads'),
      t('Поиск', 'Search'),
      t('Соцсети', 'Social media'),
      t('Витрина', 'Shop window'),
    ],
    channels: [],
    owner: null,
    levers: ['L'],
    difficulties: [],
    reach: null,
  },
  {
    id: 'evaluation',
    name: t('Активная оценка и выбор', 'Active evaluation and choice'),
    touchpoints: [
      t('Сайт и каталог', 'Site and catalogue'),
      t('Отзывы', 'Reviews'),
      t('Консультация', 'Consultation'),
    ],
    channels: [],
    owner: null,
    levers: ['C'],
    difficulties: [],
    reach: 'leads',
  },
  {
    id: 'deal',
    name: t('Сделка', 'The deal'),
    touchpoints: [t('Касса и оплата', 'Till and payment'), t('Корзина', 'Basket'), t('Доставка', 'Delivery')],
    channels: [],
    owner: null,
    levers: ['C', 'Pu', 'D'],
    difficulties: [],
    reach: 'new_buyers',
  },
  {
    id: 'post-purchase',
    name: t('Опыт после покупки', 'Post-purchase experience'),
    touchpoints: [t('Использование', 'Use'), t('Поддержка', 'Support'), t('Возвраты', 'Returns')],
    channels: [],
    owner: null,
    levers: ['M', 'Q'],
    difficulties: [],
    reach: null,
  },
  {
    id: 'repeat',
    name: t('Повторная покупка и лояльность', 'Repeat purchase and loyalty'),
    touchpoints: [
      t('Программа лояльности', 'Loyalty programme'),
      t('Рассылки', 'Mailings'),
      t('Персональные предложения', 'Personal offers'),
    ],
    channels: [],
    owner: null,
    levers: ['Q'],
    difficulties: [],
    reach: 'repeat_buyers',
  },
  {
    id: 'recommendation',
    name: t('Рекомендация', 'Recommendation'),
    touchpoints: [
      t('Отзывы', 'Reviews'),
      t('Реферальная программа', 'Referral programme'),
      t('Сарафанное радио', 'Word of mouth'),
    ],
    channels: [],
    owner: null,
    levers: ['L'],
    difficulties: [],
    reach: 'referrals',
  },
];

/** B2B: the same six stages as an expert sale, with who decides and who influences at each. */
const B2B_EXTRA: Record<string, Partial<JourneyStage>> = {
  consideration: {
    name: t('Осознание задачи', 'Recognising the problem'),
    touchpoints: [
      t('Отраслевые мероприятия', 'Industry events'),
      t('Экспертные статьи', 'Expert articles'),
      t('Рекомендации партнёров', 'Partner referrals'),
    ],
    tactic: t(
      'Перевести проблему клиента на язык экономики: сколько она стоит ему в год',
      'Put the client’s problem into money: what it costs them a year',
    ),
    people: {
      deciders: t('Собственник, генеральный директор', 'Owner, CEO'),
      influencers: t('Руководители подразделений', 'Heads of departments'),
    },
  },
  evaluation: {
    name: t('Оценка решений и выбор поставщика', 'Evaluating solutions and choosing a supplier'),
    touchpoints: [
      t('Встреча с экспертом', 'Meeting an expert'),
      t('Коммерческое предложение', 'Commercial proposal'),
      t('Тендер', 'Tender'),
    ],
    tactic: t(
      'Диагностика и расчёт эффекта решения для клиента',
      'Diagnose and compute what the solution is worth to the client',
    ),
    people: {
      deciders: t('Генеральный директор, закупки', 'CEO, procurement'),
      influencers: t('Технические специалисты, будущие пользователи', 'Engineers, future users'),
    },
  },
  deal: {
    name: t('Договор и первая поставка', 'Contract and first delivery'),
    touchpoints: [
      t('Согласование договора', 'Contract negotiation'),
      t('Счёт и оплата', 'Invoice and payment'),
      t('Отгрузка', 'Shipment'),
    ],
    tactic: t(
      'Снять риски ЛПР: пилот, гарантии, понятные сроки',
      'Take the decider’s risk away: a pilot, guarantees, clear dates',
    ),
    people: {
      deciders: t('Генеральный директор, финансовый директор', 'CEO, CFO'),
      influencers: t('Юристы, закупки', 'Lawyers, procurement'),
    },
  },
  'post-purchase': {
    name: t('Внедрение и сервис', 'Implementation and service'),
    touchpoints: [
      t('Внедрение', 'Implementation'),
      t('Персональный менеджер', 'Account manager'),
      t('Техподдержка', 'Technical support'),
    ],
    tactic: t('Показать эффект в цифрах клиента', 'Show the effect in the client’s own figures'),
    people: {
      deciders: t('Руководитель подразделения', 'Head of department'),
      influencers: t('Пользователи', 'Users'),
    },
  },
  repeat: {
    name: t('Повторные заказы и расширение', 'Repeat orders and expansion'),
    touchpoints: [
      t('Плановые встречи', 'Regular reviews'),
      t('Особые требования клиента', 'Special requirements'),
      t('Допродажи', 'Upselling'),
    ],
    tactic: t(
      'Регулярный разбор результатов и новых задач клиента',
      'Review results and the client’s new tasks regularly',
    ),
    people: {
      deciders: t('Закупки', 'Procurement'),
      influencers: t('Пользователи, руководитель подразделения', 'Users, head of department'),
    },
  },
  recommendation: {
    name: t('Рекомендация', 'Recommendation'),
    touchpoints: [
      t('Кейсы и отзывы', 'Case studies and references'),
      t('Отраслевое сообщество', 'Industry community'),
    ],
    tactic: t('Совместный кейс с цифрами клиента', 'A joint case study with the client’s figures'),
    people: {
      deciders: t('Собственник', 'Owner'),
      influencers: t('Руководители подразделений', 'Heads of departments'),
    },
  },
};

/** The patient journey (seed 002): channel, booking difficulty, and where the treatment plan stopped. */
const CLINIC_EXTRA: Record<string, Partial<JourneyStage>> = {
  consideration: {
    name: t('Осознание потребности в визите', 'Realising a visit is needed'),
    touchpoints: [
      t('Реклама', 'Ads'),
      t('Поиск и карты', 'Search and maps'),
      t('Агрегаторы врачей', 'Doctor aggregators'),
    ],
  },
  evaluation: {
    name: t('Выбор клиники и запись', 'Choosing a clinic and booking'),
    touchpoints: [
      t('Колл-центр', 'Call centre'),
      t('Онлайн-запись', 'Online booking'),
      t('Отзывы о врачах', 'Doctor reviews'),
    ],
    difficulties: [
      t(
        'Сложно записаться: нет удобного времени, долго отвечают',
        'Hard to book: no convenient time, slow answers',
      ),
    ],
  },
  deal: {
    name: t('Первичный приём и план лечения', 'First visit and treatment plan'),
    touchpoints: [
      t('Ресепшен', 'Reception'),
      t('Приём врача', 'Doctor’s visit'),
      t('Согласование плана', 'Agreeing the plan'),
    ],
    difficulties: [
      t('План не согласован: цена, непонятная польза', 'Plan not agreed: price, unclear benefit'),
    ],
  },
  'post-purchase': {
    name: t('Лечение по плану', 'Treatment by plan'),
    touchpoints: [
      t('Процедуры', 'Procedures'),
      t('Напоминания о визитах', 'Visit reminders'),
      t('Оплата', 'Payment'),
    ],
    difficulties: [
      t(
        'Пациент прекратил план: сложно записаться, ушёл лечащий врач, пропал интерес, изменились финансы',
        'The patient stopped the plan: hard to book, the doctor left, lost interest, money changed',
      ),
    ],
  },
  repeat: {
    name: t('Повторные визиты и профилактика', 'Return visits and prevention'),
    touchpoints: [t('Профилактические осмотры', 'Check-ups'), t('Программа лояльности', 'Loyalty programme')],
  },
  recommendation: {
    name: t('Рекомендация клиники', 'Recommending the clinic'),
    touchpoints: [t('Отзывы', 'Reviews'), t('Рекомендации знакомым', 'Word of mouth')],
  },
};

const overlay = (extra: Record<string, Partial<JourneyStage>>): JourneyStage[] =>
  B2C.map((stage) => ({ ...stage, ...extra[stage.id] }));

/** A fresh copy of a preset's map, for a company to edit. */
export function journeyPreset(preset: JourneyPresetId): JourneyMap {
  const stages = preset === 'b2c' ? [...B2C] : overlay(preset === 'b2b' ? B2B_EXTRA : CLINIC_EXTRA);
  return structuredClone({ preset, stages });
}
