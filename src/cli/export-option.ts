import type { Command } from 'commander';
import { exportFormat, writeSheets, type ExportSheet } from '../services/index.ts';
import type { CliContext } from './context.ts';

/** Adds `--export FILE.xlsx|FILE.csv` to an analysis command. */
export const withExport = (cmd: Command): Command =>
  cmd.option(
    '--export <file>',
    'write the result to FILE.xlsx (formatted sheets) or FILE.csv (Russian: ";" and a decimal comma; --lang en: stable ids)',
  );

/** Fails before the analysis runs when the export file's extension is neither .xlsx nor .csv. */
export function checkExport(file: string | undefined): void {
  if (file !== undefined) exportFormat(file);
}

/**
 * Writes the sheets in the command's language (Russian headers and CSV dialect, or the English
 * ids with --lang en) and says where; with --json stdout stays the JSON alone.
 */
export async function exportTo(
  ctx: CliContext,
  file: string | undefined,
  sheets: ExportSheet[],
): Promise<void> {
  if (file === undefined) return;
  const files = await writeSheets(file, sheets, ctx.lang);
  if (!ctx.json) ctx.out(ctx.t('export.written', { files: files.join(', ') }));
}
