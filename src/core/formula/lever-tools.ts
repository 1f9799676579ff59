import type { Label } from './types.ts';

/**
 * The typical tools for raising a lever, as docs/methodology.md lists them ("What to do next"):
 * C → touchpoints and conversion; Pu → pricing and assortment; D → cross-selling; Q → loyalty and
 * reactivation; L → channels. Keyed by lever id; a tree whose lever of the same id means something
 * else (a hotel's D is nights per stay) has its own entry, looked up first.
 */
const TOOLS: Record<string, Label> = {
  L: {
    ru: 'каналы привлечения — перенести бюджет в каналы с лучшими CAC и ROMI, проверить новые каналы',
    en: 'acquisition channels — move budget to the channels with the best CAC and ROMI, test new channels',
  },
  C: {
    ru: 'точки контакта и конверсия — скорость ответа на лид, скрипты продаж, сайт и посадочные страницы',
    en: 'touchpoints and conversion — speed of reply to a lead, sales scripts, the website and landing pages',
  },
  Pu: {
    ru: 'цена и ассортимент — пересмотр цен, более дорогие позиции в ассортименте',
    en: 'pricing and assortment — review prices, bring higher-priced items into the range',
  },
  D: {
    ru: 'кросс-продажи — сопутствующие товары, комплекты, предложения на кассе',
    en: 'cross-selling — related items, bundles, offers at the till',
  },
  Q: {
    ru: 'лояльность и реактивация — программа лояльности, рассылки по сегментам RFM, возврат уходящих клиентов',
    en: 'loyalty and reactivation — a loyalty programme, mailings to RFM segments, winning back lapsing clients',
  },
  P: {
    ru: 'цена, ассортимент и кросс-продажи — пересмотр цен, комплекты, сопутствующие товары',
    en: 'pricing, assortment and cross-selling — review prices, bundles, related items',
  },
  M: {
    ru: 'цена и закупка — наценка, условия поставщиков, доля высокомаржинальных позиций',
    en: 'pricing and purchasing — mark-up, supplier terms, the share of high-margin items',
  },
};

const BY_TREE: Record<string, Record<string, Label>> = {
  subscription: {
    U: {
      ru: 'каналы привлечения и реактивация — новые подписчики и возврат ушедших',
      en: 'acquisition channels and reactivation — new subscribers and winning back the lapsed',
    },
    LT: {
      ru: 'лояльность — удержание, онбординг, работа с оттоком',
      en: 'loyalty — retention, onboarding, churn prevention',
    },
    ARPU: {
      ru: 'цена и тарифы — допродажа старших тарифов и опций',
      en: 'pricing and plans — upselling higher plans and add-ons',
    },
  },
  services: {
    R: { ru: 'цена — ставка за час, пересмотр прайса', en: 'pricing — the hourly rate, price list review' },
    U: {
      ru: 'загрузка — воронка продаж проектов, планирование часов',
      en: 'utilisation — the project sales pipeline, planning of hours',
    },
    G: { ru: 'делегирование — больше специалистов на партнёра', en: 'delegation — more staff per partner' },
    M: {
      ru: 'прибыльность проектов — цена проекта и контроль затрат',
      en: 'project profitability — project pricing and cost control',
    },
  },
  hotel: {
    APPN: {
      ru: 'цена и загрузка — тарифы по сезонам и дням недели, категории номеров',
      en: 'pricing and occupancy — rates by season and weekday, room categories',
    },
    D: {
      ru: 'длительность проживания — пакеты на несколько ночей, скидка за долгое проживание',
      en: 'length of stay — multi-night packages, a discount for longer stays',
    },
  },
};

/** The lever's typical tools in both languages, or null when the methodology names none for it. */
export function leverTools(treeId: string, lever: string): Label | null {
  return BY_TREE[treeId]?.[lever] ?? TOOLS[lever] ?? null;
}
