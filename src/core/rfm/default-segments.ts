import type { SegmentRule } from './segments.ts';

const seg = (
  id: string,
  ru: string,
  r: [number, number],
  f: [number, number],
  tacticEn: string,
  tacticRu: string,
): SegmentRule => ({
  id,
  name: { en: id, ru },
  tactic: { en: tacticEn, ru: tacticRu },
  r,
  f,
});

/**
 * The classic R × F grid on five scores (M left free so the grid stays readable): recency says
 * whether the relationship is alive, frequency how strong it is. Edit a copy to suit a business;
 * validateSegments keeps the copy free of overlaps and gaps.
 */
export const DEFAULT_SEGMENTS: readonly SegmentRule[] = [
  seg(
    'Champions',
    'Чемпионы',
    [5, 5],
    [4, 5],
    'Reward them; early access, ask for reviews and referrals',
    'Поощряйте: ранний доступ, просите отзывы и рекомендации',
  ),
  seg(
    'Loyal',
    'Лояльные',
    [3, 4],
    [4, 5],
    'Upsell higher-value products; loyalty programme',
    'Предлагайте более дорогие товары; программа лояльности',
  ),
  seg(
    'Potential loyalists',
    'Потенциально лояльные',
    [4, 5],
    [2, 3],
    'Membership or loyalty offer, personal recommendations',
    'Предложите участие в программе лояльности, персональные рекомендации',
  ),
  seg(
    'New',
    'Новые',
    [5, 5],
    [1, 1],
    'Onboarding: welcome series, help with the first use',
    'Онбординг: приветственная серия писем, помощь с первым использованием',
  ),
  seg(
    'Promising',
    'Перспективные',
    [4, 4],
    [1, 1],
    'Build awareness of the range; a second-purchase offer',
    'Познакомьте с ассортиментом; предложение на вторую покупку',
  ),
  seg(
    'Need attention',
    'Требуют внимания',
    [3, 3],
    [3, 3],
    'Limited-time offer based on past purchases',
    'Ограниченное по времени предложение по прошлым покупкам',
  ),
  seg(
    'About to sleep',
    'Засыпающие',
    [3, 3],
    [1, 2],
    'Share popular products, a discount to come back',
    'Покажите популярные товары, скидка на возвращение',
  ),
  seg(
    'At risk',
    'В зоне риска',
    [1, 2],
    [3, 4],
    'Personal reactivation mailing, a strong offer',
    'Персональное письмо для реактивации, сильное предложение',
  ),
  seg(
    "Can't lose them",
    'Нельзя потерять',
    [1, 2],
    [5, 5],
    'Win them back: call, survey why they left, best offer',
    'Верните: звонок, опрос о причинах ухода, лучшее предложение',
  ),
  seg(
    'Hibernating',
    'Спящие',
    [2, 2],
    [1, 2],
    'Reminder of the range; relevant offers only',
    'Напомните об ассортименте; только релевантные предложения',
  ),
  seg(
    'Lost',
    'Потерянные',
    [1, 1],
    [1, 2],
    'Low-cost reactivation or stop spending on them',
    'Дешёвая реактивация или прекратите на них тратиться',
  ),
];
