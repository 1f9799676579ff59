import type { Command } from 'commander';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import {
  importInto,
  importLog,
  parseMap,
  TABLE_NAMES,
  UserError,
  type TableName,
} from '../../services/index.ts';
import { formatNumber } from '../../i18n/index.ts';
import { renderTable } from '../render/table.ts';

interface ImportOptions extends GlobalOptions {
  table: string;
  map: string[];
  sheet?: string;
  force?: boolean;
}

/** How many problems the terminal lists; --json carries them all (up to the import's own cap). */
const SHOWN_ERRORS = 30;

/** `fulcrum import` and `fulcrum imports`. */
export function registerImport(program: Command): void {
  const cmd = program.command('import <file>').description('validate and import a CSV, XLSX or Parquet file');
  withCommon(cmd)
    .requiredOption('--table <name>', `target table: ${TABLE_NAMES.join(', ')}`)
    .option(
      '--map <source=field>',
      'map a header explicitly, e.g. "Сумма=revenue" (repeatable)',
      (v: string, p: string[]) => [...p, v],
      [] as string[],
    )
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--force', 'import even if this exact file was imported before')
    .action(async (file: string, opts: ImportOptions) => {
      const ctx = cliContext(opts);
      if (!TABLE_NAMES.includes(opts.table as TableName)) {
        throw new UserError(
          {
            en: `--table "${opts.table}": use one of ${TABLE_NAMES.join(', ')}`,
            ru: `--table «${opts.table}»: выберите одну из ${TABLE_NAMES.join(', ')}`,
          },
          'table',
        );
      }
      const table = opts.table as TableName;
      const res = await withWorkspace(
        opts.db,
        async (ws) => {
          ctx.progress.start(ctx.t('progress.import', { table }), 3);
          const phases = ['read', 'validate', 'write'];
          try {
            return await importInto(
              ws,
              { file, table, map: parseMap(opts.map), sheet: opts.sheet, force: opts.force, lang: ctx.lang },
              (phase) => ctx.progress.update(phases.indexOf(phase) + 1),
            );
          } finally {
            ctx.progress.stop();
          }
        },
        // An import is how a warehouse starts.
        { create: true },
      );
      if (res.status === 'rejected') process.exitCode = 1;
      if (ctx.json) return printJson(res);
      for (const w of res.warnings) ctx.out(`${ctx.t('import.warning')}: ${w}`);
      if (res.status === 'imported') {
        ctx.out(
          ctx.t('import.done', {
            rows: formatNumber(res.rowsInserted, ctx.lang, 0),
            table,
            file,
            replaced: formatNumber(res.rowsReplaced, ctx.lang, 0),
            seconds: formatNumber(res.seconds, ctx.lang, 1),
          }),
        );
      } else if (res.status === 'skipped') {
        ctx.out(ctx.t('import.skipped', { file, table }));
      } else {
        ctx.out(ctx.t('import.rejected', { count: formatNumber(res.errorCount, ctx.lang, 0), file }));
        ctx.out(
          renderTable(
            [
              { header: ctx.t('import.col.row'), align: 'right' },
              { header: ctx.t('import.col.column') },
              { header: ctx.t('import.col.value') },
              { header: ctx.t('import.col.reason') },
            ],
            res.errors.slice(0, SHOWN_ERRORS).map((e) => [String(e.row), e.column, e.value ?? '∅', e.reason]),
          ),
        );
        if (res.errorCount > SHOWN_ERRORS) ctx.out(`… +${res.errorCount - SHOWN_ERRORS} (--json)`);
      }
    });

  const log = program.command('imports').description('the import log, newest first');
  withCommon(log).action(async (opts: GlobalOptions) => {
    const ctx = cliContext(opts);
    const rows = await withWorkspace(opts.db, async (ws) => importLog(ws));
    if (ctx.json) return printJson(rows);
    ctx.out(
      renderTable(
        [
          { header: 'id', align: 'right' },
          { header: ctx.t('imports.col.started') },
          { header: ctx.t('imports.col.table') },
          { header: ctx.t('imports.col.status') },
          { header: ctx.t('imports.col.rows'), align: 'right' },
          { header: ctx.t('imports.col.file') },
        ],
        rows.map((r) => [
          String(r.id),
          r.startedAt,
          r.tableName,
          r.status,
          formatNumber(r.rowsInserted, ctx.lang, 0),
          r.file,
        ]),
      ),
    );
  });
}
