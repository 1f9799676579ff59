import { openDuckDb } from '../../engines/duckdb/index.ts';
import type { Engine } from '../../engines/engine.ts';
import { fileInPlace } from '../../ingest/file-in-place.ts';
import { needsTrim } from '../../ingest/staging.ts';
import { RULE_BROKEN } from '../../ingest/typed-select.ts';
import { makeTempDir } from '../../ingest/file-io.ts';
import { UNIT_DAYS, type TimeUnit } from '../../sql/customers/customers.ts';
import type { SummaryColumns } from '../../core/clv/index.ts';
import type { ClvInputModel } from '../../sql/customers/clv-inputs.ts';
import { fitInputs, fitInputsFrom, fitModel, type ClvResult } from './clv.ts';
import { importInto } from '../warehouse/import.ts';
import { shellArg } from '../inputs/shell-arg.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import { openWorkspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** What `fulcrum clv --orders FILE` asks for: the models fitted straight from an orders export. */
export interface ClvFileRequest {
  file: string;
  /** Last calibration day, inclusive; default: the file's last order date. */
  calibrationEnd?: string;
  unit: string;
  models?: readonly ClvInputModel[];
  /** Header → field, as for an import (`--map`). */
  map?: Record<string, string>;
  /** Language of the importer's reasons should the file need it. */
  lang?: Lang;
}

/** The fits, and how the file was read. */
export interface ClvFileResult {
  file: string;
  calibrationEnd: string;
  unit: TimeUnit;
  /**
   * `in-place`: the engine read the file where it lies, every import rule checked as it went;
   * `imported`: the file needed the importer (XLSX, values only it parses) and went into a
   * scratch warehouse in memory first. Either way nothing is written to the user's warehouse.
   */
  readPath: 'in-place' | 'imported';
  /** Seconds to read the file and compress the models' inputs. */
  summarySeconds: number;
  fits: ClvResult[];
  warnings: Array<{ en: string; ru: string }>;
}

// A customer id the import would trim or refuse stops the in-place read; the importer then
// reads the file, trimming what it should and naming the row it refuses.
const ID_CHECK = { when: needsTrim, message: RULE_BROKEN };

/**
 * BG/NBD and Gamma-Gamma straight from an orders file, without an import: the consultant's
 * "what are this client's customers worth" on an export, and what the literature's packages
 * compare with (lifetimes: read the CSV, summarise, fit). The engine reads and compresses the file
 * in one query; only the compressed rows reach JavaScript. A file the typed read cannot take,
 * or whose rows break an import rule, goes through the importer into a scratch warehouse, so a
 * bad row is named with its line and column exactly as `fulcrum import` names it.
 */
export async function clvFromFile(req: ClvFileRequest): Promise<ClvFileResult> {
  if (!(req.unit in UNIT_DAYS))
    throw new UserError(
      phrase('customers.unknownUnit', { unit: req.unit, units: Object.keys(UNIT_DAYS).join(', ') }),
      'unit',
    );
  if (req.calibrationEnd !== undefined) parseDateOption(req.calibrationEnd, 'calibrationEnd');
  const unit = req.unit as TimeUnit;
  const models = req.models ?? (['bgnbd', 'gg'] as const);
  const started = performance.now();
  const engine = await openDuckDb({ path: ':memory:' });
  const tmp = await makeTempDir();
  try {
    const plan = await fileInPlace(engine, {
      path: req.file,
      table: 'orders',
      map: req.map,
      tmpDir: tmp.dir,
      // What the fits use, each with its import rules: Gamma-Gamma alone needs the amounts.
      reads: models.includes('gg') ? ['customer_id', 'ts', 'revenue'] : ['customer_id', 'ts'],
      // Customer ids are checked once per customer by the fit's query (ID_CHECK), not per order.
      rawIds: ['customer_id'],
    });
    let read = plan.relation ? await inPlace(engine, plan.relation, req.calibrationEnd, unit, models) : null;
    const readPath = read ? 'in-place' : 'imported';
    read ??= await imported(req, unit, models);
    const summarySeconds = (performance.now() - started) / 1000;
    const fits = models.map((m) => fitModel(m, read.inputs[m], read.calibrationEnd, unit));
    return {
      file: req.file,
      calibrationEnd: read.calibrationEnd,
      unit,
      readPath,
      summarySeconds,
      fits,
      warnings: plan.warnings,
    };
  } finally {
    await engine.driver.close();
    await tmp.remove();
  }
}

interface Read {
  calibrationEnd: string;
  inputs: Record<ClvInputModel, SummaryColumns>;
}

// Null when the typed read fails on a row (a broken rule, a value it cannot parse): the importer
// then reads the file and says which row.
async function inPlace(
  engine: Engine,
  relation: string,
  calibrationEnd: string | undefined,
  unit: TimeUnit,
  models: readonly ClvInputModel[],
): Promise<Read | null> {
  try {
    const end = calibrationEnd ?? (await lastOrderDate(engine, relation));
    if (!end) throw new UserError(phrase('customers.fileNoOrders'), 'file');
    const inputs = await fitInputsFrom(engine, end, unit, models, { source: relation, rejectIds: ID_CHECK });
    return { calibrationEnd: end, inputs };
  } catch (e) {
    if (e instanceof UserError) throw e;
    return null;
  }
}

async function lastOrderDate(engine: Engine, relation: string): Promise<string | null> {
  const [row] = await engine.driver.query(
    `SELECT CAST(CAST(max(${engine.dialect.ident('ts')}) AS DATE) AS VARCHAR) AS last FROM ${relation}`,
  );
  return (row?.['last'] as string | null) ?? null;
}

async function imported(
  req: ClvFileRequest,
  unit: TimeUnit,
  models: readonly ClvInputModel[],
): Promise<Read> {
  const ws = await openWorkspace(':memory:');
  try {
    const res = await importInto(ws, { file: req.file, table: 'orders', map: req.map, lang: req.lang });
    if (res.status !== 'imported') {
      const cells = (row: string, column: string) =>
        res.errors
          .slice(0, 3)
          .map((e) => `${row} ${e.row}, ${column} «${e.column}»: ${e.reason}`)
          .join('; ');
      const more = res.errorCount - Math.min(3, res.errors.length);
      const command = importCommand(req.file, req.map);
      throw new UserError(
        {
          en: `${req.file} cannot be read as orders: ${cells('row', 'column')}${more > 0 ? ` (and ${more} more)` : ''}; \`${command}\` lists every problem and loads nothing while any remain`,
          ru: `${req.file} не читается как заказы: ${cells('строка', 'столбец')}${more > 0 ? ` (и ещё ${more})` : ''}; все ошибки покажет \`${command}\` (пока они есть, он ничего не загрузит)`,
        },
        'file',
      );
    }
    const [row] = await ws.engine.driver.query(
      `SELECT CAST(CAST(max(ts) AS DATE) AS VARCHAR) AS last FROM orders`,
    );
    const end = req.calibrationEnd ?? (row?.['last'] as string | undefined);
    if (!end) throw new UserError(phrase('customers.fileNoOrders'), 'file');
    return { calibrationEnd: end, inputs: await fitInputs(ws, end, unit, models) };
  } finally {
    await ws.close();
  }
}

// The import that reads the file as this fit did, for the user to paste into a shell: the same
// header mapping, every argument one shell word.
function importCommand(file: string, map: Record<string, string> = {}): string {
  const maps = Object.entries(map).map(([header, field]) => ` --map ${shellArg(`${header}=${field}`)}`);
  return `fulcrum import ${shellArg(file, true)} --table orders${maps.join('')}`;
}
