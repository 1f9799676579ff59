import { ensureSample, openWorkspace, SAMPLE_DB, SAMPLE_DIR, sampleLang } from '../services/index.ts';

import type { CliContext } from './context.ts';

/**
 * Builds the sample company if it is not built yet (`--sample`). Its own module, imported only
 * when --sample is given: generating and importing the sample needs the generator, the importer
 * and the motivation seed, which a command on the user's own warehouse should not load.
 */
export async function buildSample(
  ctx: CliContext,
  waiting: Parameters<typeof openWorkspace>[2],
): Promise<void> {
  const ws = await openWorkspace(SAMPLE_DB, undefined, waiting);
  try {
    // Said only when it happens: a sample already built is reused silently on every later run.
    let generating = false;
    let current = '';
    await ensureSample(
      ws,
      SAMPLE_DIR,
      {
        onGenerate: (done, total) => {
          if (!generating) ctx.progress.start(ctx.t('progress.generate'), total);
          generating = true;
          ctx.progress.update(done, total);
        },
        onImport: (table, phase) => {
          if (table !== current) ctx.progress.start(ctx.t('progress.import', { table }), 3);
          current = table;
          ctx.progress.update(['read', 'validate', 'write'].indexOf(phase) + 1);
        },
      },
      undefined,
      // Names in the language the CLI speaks on the run that first generates the sample: with no
      // locale set the interface is Russian, so a Russian interface never shows "Kazan Gorki".
      { lang: sampleLang(ctx.lang, process.env) },
    );
  } finally {
    ctx.progress.stop();
    await ws.close();
  }
}
