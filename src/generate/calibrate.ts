/**
 * Finds the lead-volume scale that yields the requested number of order lines. Lines are linear
 * in the scale (clients are independent), but the constant depends on truncation at the end of
 * the history, churn and basket sizes, so it is measured rather than derived: a tiny probe run
 * gives a first estimate, a ~100k-line pilot refines it. Both only count lines: no baskets are
 * drawn and nothing is formatted, so calibration costs ~0.1 s.
 */
import type { Calendar } from './calendar.ts';
import { ByteSink } from './byte-sink.ts';
import type { IndustryProfile } from './industries/profile.ts';
import { buildModel } from './model.ts';
import { simulate } from './simulate.ts';

const PROBE_SCALE = 0.05;
const PILOT_LINES = 100_000;

async function linesAt(
  profile: IndustryProfile,
  cal: Calendar,
  scale: number,
  seed: number,
): Promise<number> {
  const sinks = {
    orders: ByteSink.open(null, ''),
    leads: ByteSink.open(null, ''),
    spend: ByteSink.open(null, ''),
  };
  const totals = await simulate(buildModel(profile, cal, scale), seed, sinks);
  return Math.max(1, totals.lines);
}

/** Scale for buildModel that gives about `targetLines` order lines. */
export async function calibrateScale(
  profile: IndustryProfile,
  cal: Calendar,
  seed: number,
  targetLines: number,
): Promise<number> {
  // A different stream from the real run's: the pilot only measures the constant.
  const pilotSeed = (seed ^ 0x9e37_79b9) >>> 0;
  const probe = await linesAt(profile, cal, PROBE_SCALE, pilotSeed);
  const pilotScale = (PROBE_SCALE * PILOT_LINES) / probe;
  const pilot = await linesAt(profile, cal, pilotScale, pilotSeed);
  return (pilotScale * targetLines) / pilot;
}
