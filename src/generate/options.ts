/** Generator options: the public shape, defaults, and validation with readable errors. */
import { z } from 'zod';
import { ISO_DATE, isCalendarDay } from '../core/calendar/index.ts';
import { LANGS, type Lang } from '../i18n/locale.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Directory for orders/leads/spend/costs files (created when missing). */
  outDir: string;
  /** Industry preset; default "retail". */
  industry?: 'retail' | 'b2b' | 'clinic';
  /** Approximate number of ORDER LINES (±10% from ~10 000 up; tiny requests are noisy); default 200 000. */
  orders?: number;
  /** PRNG seed: same seed and options give byte-identical files; default 42. */
  seed?: number;
  /** Output format; "parquet" needs an engine. Default "csv". */
  format?: 'csv' | 'parquet';
  /**
   * End of the history, YYYY-MM-DD, exclusive; rounded down to the first of its month, and the
   * 36 months before it are generated. Default 2026-11-01. Never read from the clock.
   */
  end?: string;
  /**
   * Language of the names written (channels, stores, regions, managers, categories): "ru" writes
   * Russian names, as a Russian company's exports have them. Default "en".
   */
  lang?: Lang;
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<GenerateOptions>;

const isoDate = z
  .string()
  .regex(ISO_DATE, 'expected YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar date');

const schema = z.object({
  outDir: z.string().min(1, 'is required'),
  industry: z.enum(['retail', 'b2b', 'clinic']).default('retail'),
  orders: z.number().int('must be a whole number').positive('must be > 0').max(2e9).default(200_000),
  seed: z.number().int().min(0).max(0xffff_ffff).default(42),
  format: z.enum(['csv', 'parquet']).default('csv'),
  end: isoDate.default('2026-11-01'),
  lang: z.enum(LANGS).default('en'),
});

/** Validates and fills defaults; throws `invalid generate options: <field>: <reason>; …`. */
export function resolveOptions(opts: GenerateOptions): ResolvedOptions {
  const parsed = schema.safeParse(opts);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
  throw new Error(`invalid generate options: ${reasons.join('; ')}`);
}
