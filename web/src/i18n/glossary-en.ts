import type { TermId } from './glossary-ru.ts';

/** The glossary in English (see glossary-ru.ts): every term the Russian one has. */
export const glossaryEn: Record<TermId, { term: string; text: string }> = {
  bgnbd: {
    term: 'BG/NBD',
    text: 'A repeat-purchase model: while a customer is “alive” they buy at their own rate, and after each purchase they may leave for good. From the purchase history it gives the probability the customer is still active and their future purchases.',
  },
  paretoNbd: {
    term: 'Pareto/NBD',
    text: 'A repeat-purchase model like BG/NBD, except that a customer may leave at any moment, not only after a purchase. Useful as a cross-check of BG/NBD.',
  },
  gammaGamma: {
    term: 'Gamma-Gamma',
    text: 'A spend model: from repeat buyers’ purchase values it estimates how much a customer will spend per purchase in the future.',
  },
  clv: {
    term: 'CLV',
    text: 'Customer lifetime value: the revenue or margin a customer is expected to bring over the chosen horizon. Here: expected purchases (BG/NBD) × expected purchase value (Gamma-Gamma) × margin share.',
  },
  ltv: {
    term: 'LTV',
    text: 'Lifetime value: average check × purchases per period × margin share (for LTV by margin) × lifetime. Per channel: what a customer acquired through that channel brought on average.',
  },
  pAlive: {
    term: 'P(alive)',
    text: 'The probability that a customer still buys from you (has not left for good), from the repeat-purchase model.',
  },
  rfm: {
    term: 'RFM',
    text: 'Customer segmentation by recency of the last purchase, frequency of purchases and monetary value. Each customer gets scores and lands in a segment with a ready tactic.',
  },
  cac: {
    term: 'CAC',
    text: 'Customer acquisition cost: the channel’s ad spend ÷ the channel’s new clients.',
  },
  carc: {
    term: 'CARC',
    text: 'Customer acquisition and retention cost: all marketing costs (ads, marketing pay, call centre, tools) ÷ all buying clients, new and returning. That is why CARC can be below CAC: its divisor includes repeat buyers.',
  },
  romi: {
    term: 'ROMI',
    text: 'Return on marketing investment: LTV ÷ CARC × 100%. Under 100% the channel does not pay back. Thousands of percent appear when a channel costs almost nothing and its customers buy a lot.',
  },
  mre: {
    term: 'MRE',
    text: 'Marketing expense to revenue: marketing costs ÷ revenue. The lower, the less each rouble of revenue costs.',
  },
  conversion: {
    term: 'Conversion',
    text: 'The share of leads who became clients: new clients from leads ÷ leads. Never above 100%.',
  },
  ctr: { term: 'CTR', text: 'Click-through rate: clicks ÷ impressions.' },
  cpc: { term: 'CPC', text: 'Cost per click: ad spend ÷ clicks.' },
  cr: { term: 'CR', text: 'Visitor-to-lead conversion: leads ÷ visitors (clicks).' },
  cpa: { term: 'CPA', text: 'Cost per action (lead): ad spend ÷ leads.' },
  lmdi: {
    term: 'LMDI',
    text: 'The logarithmic split of a revenue change among levers: each lever’s share does not depend on their order, and the shares add up to the change exactly, with no remainder.',
  },
  chain: {
    term: 'Chain substitution',
    text: 'The classic method: levers are switched to their new values one at a time in a given order; a lever’s share depends on that order.',
  },
  keyConstraint: {
    term: 'Key constraint',
    text: 'The lever that holds revenue back most: if every lagging segment (store, channel, manager) raised it to the 75th percentile, revenue would grow the most.',
  },
  lever: {
    term: 'Lever',
    text: 'A multiplier of the revenue formula (leads, conversion, item price, items per receipt, purchase frequency): raise any by 20% and revenue grows by 20%.',
  },
};
