import type { journeyRu } from './journey-ru.ts';

/** English strings of the journey map page; spread into en.ts. */
export const journeyEn: Record<keyof typeof journeyRu, string> = {
  'nav.journey': 'Journey',
  'journey.title': 'Customer journey map',
  'journey.company': 'Company map',
  'journey.adopt': 'Make it the company’s map',
  'journey.adoptNote':
    'This preset’s stages become the company’s map, seen by everyone who works with the analyses.',
  'journey.preset': 'Map preset',
  'journey.preset.b2c': 'Retail',
  'journey.preset.b2b': 'B2B sales',
  'journey.preset.clinic': 'Clinic',
  'journey.stage': 'Stage {n}',
  'journey.levers': 'Levers',
  'journey.touchpoints': 'Touchpoints',
  'journey.difficulties': 'Difficulties',
  'journey.tactic': 'Sales tactic',
  'journey.deciders': 'Decides',
  'journey.influencers': 'Influences',
  'journey.reached': '{n} clients',
  'journey.noCount': 'not counted from the data',
  'journey.kept': '{kept} go on',
  'journey.lost': '{lost} lost',
  'journey.notNested': 'more clients at the next stage: no share is drawn',
  'journey.constraint': 'Key constraint: lever {lever} (by {dim}); it is made at stage {n} “{stage}”.',
  'journey.noConstraint': 'No key constraint: no segment lags behind the best quarter.',
  'journey.narrowest': 'Narrowest place: stage {n} “{stage}” — {lost} of its clients go no further.',
  'journey.constraintBadge': 'constraint',
  'journey.narrowestBadge': 'narrowest',
  'journey.counts':
    'Clients per stage: the period’s leads → new clients who had a lead in it → those of them who ordered again. The other stages are not counted from orders; feedback will judge them.',
};
