import type { Command } from 'commander';
import { JOURNEY_PRESETS, journeyPreset, type JourneyPresetId } from '../../core/journey/index.ts';
import { getPreset } from '../../core/formula/index.ts';
import { readFileSync } from 'node:fs';
import { journeyFor, resolvePeriods, UserError } from '../../services/index.ts';
import { phrase } from '../../i18n/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { heading } from '../render/heading.ts';
import { renderJourney } from '../render/journey.ts';

interface JourneyOptions extends GlobalOptions {
  period?: string;
  preset?: string;
  map?: string;
  save?: boolean;
}

const presetOf = (id: string): JourneyPresetId => {
  if ((JOURNEY_PRESETS as readonly string[]).includes(id)) return id as JourneyPresetId;
  const params = { preset: id, choices: JOURNEY_PRESETS.join(', ') };
  throw new UserError(phrase('journey.badPreset', params));
};

/** `fulcrum journey`: the customer journey map with each stage's clients, levers and the key constraint's stage. */
export function registerJourney(program: Command): void {
  const cmd = program
    .command('journey')
    .description('the customer journey map: each stage with its clients, levers and the key constraint');
  withCommon(cmd)
    .option('--period <months>', 'e.g. 2024-01..2024-12 (default: the last 12 complete months)')
    .option('--preset <id>', `draw a preset instead of the company's map: ${JOURNEY_PRESETS.join(', ')}`)
    .option('--map <file>', 'draw the map in this JSON file (its shape: GET /api/journey/map)')
    .option('--save', "keep the --preset or --map as the company's map")
    .action(async (opts: JourneyOptions) => {
      const ctx = cliContext(opts);
      const given = opts.map
        ? (JSON.parse(readFileSync(opts.map, 'utf8')) as unknown)
        : opts.preset
          ? journeyPreset(presetOf(opts.preset))
          : undefined;
      if (opts.save && given === undefined) throw new UserError(phrase('journey.saveWhat'));
      await withWorkspace(opts.db, async (ws) => {
        // Checked by the same rules whether saved or only drawn: a bad file is named, never drawn.
        // The checker (zod) loads only when a map is given, so drawing the company's map starts fast.
        const checks = given === undefined ? null : await import('../../services/journey/map-save.ts');
        const map =
          given === undefined || checks === null
            ? undefined
            : opts.save
              ? checks.saveJourneyMapOf(ws, given, null).map
              : checks.checkedJourneyMap(given);
        const { current } = await resolvePeriods(ws, opts);
        const res = await journeyFor(ws, { period: current, map });
        if (ctx.json) return printJson(res);
        if (opts.save) ctx.out(ctx.t('journey.saved'));
        ctx.out(heading(ctx.t('journey.title', { period: current.label })));
        for (const line of renderJourney(res, getPreset('profit'), ctx.lang, ctx.t)) ctx.out(line);
      });
    });
}
