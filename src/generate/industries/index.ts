/** The industry presets by name. */
import type { IndustryName, IndustryProfile } from './profile.ts';
import { b2b } from './b2b.ts';
import { clinic } from './clinic.ts';
import { retail } from './retail.ts';

/** Every preset; a Record so a new IndustryName without a preset fails to compile. */
export const INDUSTRIES: Record<IndustryName, IndustryProfile> = { retail, b2b, clinic };

export type { IndustryName, IndustryProfile } from './profile.ts';
