/** Pieces every KPI schema shares: bilingual names, shares, bounds, path parameters. */
import { z } from 'zod';

/** A name or sentence in both languages. */
export const Label = z.object({ ru: z.string(), en: z.string() });

/** A figure that may be missing: null is "no data", never 0. */
export const maybe = z.number().nullable();

/** A share, 0..1. */
export const share = z.number().min(0).max(1);

/** A payout corridor or task rule: nothing under floor, paid completion capped at cap. */
export const bounds = z.object({ floor: z.number().min(0), cap: z.number().positive() });

/** A month, YYYY-MM. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period is YYYY-MM');

/** A non-empty text in the URL path. */
export const pathText = (name: string, description: string, example: string) =>
  z
    .string()
    .min(1)
    .meta({ param: { name, in: 'path' }, description, example });
