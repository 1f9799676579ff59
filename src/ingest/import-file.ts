import type { Engine } from '../engines/engine.ts';
import {
  findSuccessfulImportByHash,
  recordImportEnd,
  recordImportStart,
  type Store,
} from '../store/index.ts';
import type { Bilingual } from '../i18n/index.ts';
import { CONTRACT, tableSpec } from './contract.ts';
import { IngestError } from './errors.ts';
import { isReadableFile, sha256File } from './file-io.ts';
import { makeTempDir } from './temp-dirs.ts';
import { thisProcess } from './owner-process.ts';
import { explicitMapProblem, mapHeaders, mappingReport } from './header-map.ts';
import { missingColumnsMessage } from './missing-columns.ts';
import { formatOf, readSource } from './read-source.ts';
import { dryRunStageId, sampleRows } from './preview.ts';
import { stageSource } from './staging.ts';
import { tryDirectLoad } from './direct-load.ts';
import { dropRejects } from './malformed-rows.ts';
import type { ImportDeps, ImportRequest, ImportResult } from './types.ts';
import { validateStaged } from './validate.ts';
import { checkDimensionRoom, ensureWarehouse } from './warehouse-schema.ts';
import { writeStaged } from './write.ts';

/** Warning when order ids are synthesised: they identify rows of this file only. */
export const SYNTHETIC_ORDER_IDS: Bilingual = {
  en:
    'no order_id column: each row is one order with an id made from the file hash and row number, ' +
    'so re-importing other files that contain the same orders cannot be de-duplicated',
  ru:
    'нет столбца order_id: каждая строка — отдельный заказ с номером из хеша файла и номера строки, ' +
    'поэтому повторная загрузка других файлов с теми же заказами не сможет убрать дубли',
};

/**
 * Imports one file into one warehouse table: read → stage → validate → write, all in SQL.
 * Bad rows come back as data (status 'rejected', nothing written); whole-file problems throw an
 * IngestError. Every attempt is logged in the store, except dry runs, which only read and validate.
 */
export async function importFile(
  engine: Engine,
  store: Store,
  req: ImportRequest,
  deps: ImportDeps,
): Promise<ImportResult> {
  const t0 = deps.clock().getTime();
  const progress = deps.onProgress ?? (() => undefined);
  const { table, dryRun } = req;
  const lang = req.lang ?? 'en';
  // `path` is read; `file` is how the user knows it (an upload's original name).
  const path = req.file;
  const file = req.name ?? req.file;
  tableSpec(table);
  // The hash is computed while DuckDB reads the file (the two use different cores); the
  // "already imported" check waits for it only before anything is validated or written.
  const hashing = sha256File(path);
  hashing.catch(() => undefined);
  const importId = dryRun
    ? dryRunStageId()
    : recordImportStart(store, { file, fileHash: null, tableName: table, owner: thisProcess() });
  const recordEnd: typeof recordImportEnd = (...args) => {
    if (!dryRun) recordImportEnd(...args);
  };
  const base = {
    importId,
    file,
    table,
    rowsRead: 0,
    rowsInserted: 0,
    rowsReplaced: 0,
    errors: [],
    errorCount: 0,
    warnings: [] as string[],
    mapping: {},
    encoding: '',
    delimiter: null,
    format: 'csv' as const,
  };
  const seconds = (): number => (deps.clock().getTime() - t0) / 1000;
  let fileHash: string | null = null;
  try {
    if (!(await isReadableFile(path))) {
      throw new IngestError('missing_file', file, {
        en: 'file not found or not readable',
        ru: 'файл не найден или недоступен для чтения',
      });
    }
    const format = formatOf(path);
    const skipped = async (): Promise<ImportResult | null> => {
      fileHash = await hashing;
      if (dryRun) return null;
      const prior = findSuccessfulImportByHash(store, fileHash, table);
      if (!prior || req.force) return null;
      const message = {
        en: `already imported into ${table} as import #${prior.id} at ${prior.finishedAt}; use force to re-import`,
        ru: `уже загружен в ${table} загрузкой №${prior.id} в ${prior.finishedAt}; чтобы загрузить снова, используйте force`,
      }[lang];
      recordEnd(store, importId, { status: 'skipped', message, format, fileHash });
      return { ...base, format, status: 'skipped', warnings: [message], seconds: seconds() };
    };
    await ensureWarehouse(engine);
    const tmp = await makeTempDir();
    try {
      progress('read', 0, 1);
      const map = req.map ?? {};
      const source = await readSource({
        engine,
        path,
        file,
        table,
        map,
        sheet: req.sheet,
        tmpDir: tmp.dir,
        onRows: (n) => progress('read', n, 0),
      });
      const mapProblem = explicitMapProblem(table, source.headers, map);
      if (mapProblem) throw new IngestError('bad_map', file, mapProblem);
      const mapping = mapHeaders(table, source.headers, map);
      await checkDimensionRoom(
        engine,
        file,
        table,
        mapping.dimensions.map((m) => m.target),
      );
      const noted = [...source.warnings, ...mapping.warnings];
      if (table === 'orders' && !mapping.fields['order_id'] && !mapping.missing.length)
        noted.push(SYNTHETIC_ORDER_IDS);
      const warnings = noted.map((w) => w[lang]);
      const fields = CONTRACT[table].fields.map((f) => ({ name: f.name, required: f.required }));
      const meta = {
        ...base,
        format: source.format,
        encoding: source.encoding,
        delimiter: source.delimiter,
        mapping: mappingReport(mapping),
        warnings,
      };
      if (mapping.missing.length && dryRun) {
        // A check answers with what is missing, so the user can pick the columns and check again.
        return {
          ...meta,
          status: 'rejected',
          missing: mapping.missing,
          headers: source.headers,
          fields,
          seconds: seconds(),
        };
      }
      if (mapping.missing.length) {
        throw new IngestError(
          'missing_column',
          file,
          missingColumnsMessage(table, mapping.missing, source.headers),
        );
      }
      if (!dryRun) {
        let skip: ImportResult | null = null;
        const direct = await tryDirectLoad(engine, table, source, mapping, {
          importId,
          alreadyImported: async () => (skip = await skipped()) !== null,
        });
        if (direct?.kind === 'skipped' && skip) return skip;
        if (direct?.kind === 'imported') {
          progress('write', direct.rowsInserted, direct.rowsRead);
          const { rowsRead, rowsInserted, rowsReplaced } = direct;
          recordImportEnd(store, importId, {
            format: source.format,
            encoding: source.encoding,
            rowsRead,
            errorCount: 0,
            rowsInserted,
            rowsReplaced,
            status: 'imported',
            message: warnings.join('\n') || null,
            fileHash,
          });
          const done = { rowsRead, rowsInserted, rowsReplaced, seconds: seconds() };
          return { ...meta, ...done, status: 'imported', loadPath: 'direct' };
        }
      }
      const staged = await stageSource(engine, file, table, source, mapping, {
        importId,
        fileHash: hashing,
      });
      try {
        const skip = await skipped();
        if (skip) return skip;
        progress('read', 1, 1);
        progress('validate', 0, staged.rowsRead);
        const { errors, errorCount } = await validateStaged(engine, staged, table, file, lang, source);
        // Checked after validation: a file whose every row is malformed has rows, all of them bad.
        if (staged.rowsRead === 0 && errorCount === 0)
          throw new IngestError('no_data_rows', file, {
            en: 'no data rows below the header',
            ru: 'под строкой заголовков нет строк с данными',
          });
        progress('validate', staged.rowsRead, staged.rowsRead);
        const end = {
          format: source.format,
          encoding: source.encoding,
          rowsRead: staged.rowsRead,
          errorCount,
        };
        if (dryRun) {
          return {
            ...meta,
            status: errorCount > 0 ? 'rejected' : 'validated',
            rowsRead: staged.rowsRead,
            errors,
            errorCount,
            seconds: seconds(),
            headers: source.headers,
            fields,
            sample: await sampleRows(engine, staged),
          };
        }
        if (errorCount > 0) {
          const message = `${errorCount} error(s); nothing was written`;
          recordEnd(store, importId, { ...end, status: 'rejected', message, fileHash });
          return {
            ...meta,
            status: 'rejected',
            rowsRead: staged.rowsRead,
            errors,
            errorCount,
            seconds: seconds(),
          };
        }
        progress('write', 0, staged.rowsRead);
        const out = await writeStaged(engine, staged, table, importId);
        progress('write', out.rowsInserted, staged.rowsRead);
        recordImportEnd(store, importId, {
          ...end,
          ...out,
          status: 'imported',
          message: warnings.join('\n') || null,
          fileHash,
        });
        const done = { ...out, rowsRead: staged.rowsRead, seconds: seconds() };
        return { ...meta, ...done, status: 'imported', loadPath: 'staged' };
      } finally {
        await staged.drop();
        await dropRejects(engine, source.csv?.rejects);
      }
    } finally {
      await tmp.remove();
    }
  } catch (e) {
    recordEnd(store, importId, { status: 'failed', message: (e as Error).message, fileHash });
    throw e;
  }
}
