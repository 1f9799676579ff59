import type { Command } from 'commander';
import { JOURNEY_PRESETS, journeyPreset, type JourneyPresetId } from '../../core/journey/index.ts';
import { getPreset } from '../../core/formula/index.ts';
import { journeyFor, resolvePeriods, UserError } from '../../services/index.ts';
import { translator } from '../../i18n/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { heading } from '../render/heading.ts';
import { renderJourney } from '../render/journey.ts';

interface JourneyOptions extends GlobalOptions {
  period?: string;
  preset: string;
}

const presetOf = (id: string): JourneyPresetId => {
  if ((JOURNEY_PRESETS as readonly string[]).includes(id)) return id as JourneyPresetId;
  const params = { preset: id, choices: JOURNEY_PRESETS.join(', ') };
  throw new UserError({
    ru: translator('ru')('journey.badPreset', params),
    en: translator('en')('journey.badPreset', params),
  });
};

/** `fulcrum journey`: the customer journey map with each stage's clients, levers and the key constraint's stage. */
export function registerJourney(program: Command): void {
  const cmd = program
    .command('journey')
    .description('the customer journey map: each stage with its clients, levers and the key constraint');
  withCommon(cmd)
    .option('--period <months>', 'e.g. 2024-01..2024-12 (default: the last 12 complete months)')
    .option('--preset <id>', `the map to start from: ${JOURNEY_PRESETS.join(', ')}`, 'b2c')
    .action(async (opts: JourneyOptions) => {
      const ctx = cliContext(opts);
      const map = journeyPreset(presetOf(opts.preset));
      await withWorkspace(opts.db, async (ws) => {
        const { current } = await resolvePeriods(ws, opts);
        const res = await journeyFor(ws, { period: current, map });
        if (ctx.json) return printJson(res);
        ctx.out(heading(ctx.t('journey.title', { period: current.label })));
        for (const line of renderJourney(res, getPreset('profit'), ctx.lang, ctx.t)) ctx.out(line);
      });
    });
}
