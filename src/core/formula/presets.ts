import type { FormulaTree } from './types.ts';
import { hotel } from './presets/hotel.ts';
import { lcpq } from './presets/lcpq.ts';
import { lcpudq } from './presets/lcpudq.ts';
import { profit } from './presets/profit.ts';
import { services } from './presets/services.ts';
import { subscription } from './presets/subscription.ts';
import { UserError } from '../../i18n/user-error.ts';

/** Ids of the built-in formula trees. */
export type PresetId = 'lcpq' | 'lcpudq' | 'profit' | 'subscription' | 'hotel' | 'services';

const BUILDERS: Record<PresetId, () => FormulaTree> = { lcpq, lcpudq, profit, subscription, hotel, services };

/** Preset ids in display order. */
export const PRESET_IDS = Object.keys(BUILDERS) as PresetId[];

/** Whether a string names a preset. */
export const isPresetId = (id: string): id is PresetId => Object.hasOwn(BUILDERS, id);

/** A fresh copy of a preset tree; an unknown id is an error listing the valid ones. */
export function getPreset(id: string): FormulaTree {
  if (!isPresetId(id))
    throw new UserError({
      en: `unknown formula preset "${id}": use ${PRESET_IDS.join(', ')}`,
      ru: `нет готовой формулы «${id}»: укажите ${PRESET_IDS.join(', ')}`,
    });
  return BUILDERS[id]();
}
