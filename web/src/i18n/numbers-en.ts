import type { numbersRu } from './numbers-ru.ts';

/** English strings of the key constraint's range rule, the next step, channel definitions and the tornado; spread into en.ts. */
export const numbersEn: Record<keyof typeof numbersRu, string> = {
  'next.title': 'What to do next',
  'next.potential': 'Potential: {gain} of revenue.',
  'next.levers': 'Lever and segments from the key constraint by “{dim}”.',
  'constraint.outOfRange':
    'Left out: {segments} — above 100%, and a share cannot pass 100%. There the buyers include repeat buyers who were never that segment’s leads; such segments set no bar and add no potential.',
  'constraint.heldAtBound':
    '{segments}: the gain counts each new lead as one buyer at most — their conversion above 100% (repeat buyers) is not carried over to new leads.',
  'constraint.bound': 'at most {max}',
  'cust.definitions': 'How each figure is counted',
  'cust.notes': 'Why these figures are right',
};
