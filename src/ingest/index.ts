/** Ingest: CRM/POS/ad exports (CSV, TSV, Parquet, XLSX) → the canonical warehouse tables. */
export { importFile, SYNTHETIC_ORDER_IDS } from './import-file.ts';
export { ensureWarehouse, createTableSql, addDimensionColumns, KIND_TYPE } from './warehouse-schema.ts';
export {
  CONTRACT,
  TABLE_NAMES,
  IMPORT_ID_COLUMN,
  tableSpec,
  type TableName,
  type TableSpec,
  type FieldSpec,
  type FieldKind,
} from './contract.ts';
export { SYNONYMS } from './synonyms.ts';
export { mapHeaders, mappingReport, IGNORE, type HeaderMapping, type MappedColumn } from './header-map.ts';
export { normaliseHeader } from './header-normalise.ts';
export { IngestError, type IngestErrorCode } from './errors.ts';
export { NEGATIVE_RETURNS } from './validate.ts';
export { formatOf } from './read-source.ts';
export {
  MAX_REPORTED_ERRORS,
  type ImportRequest,
  type ImportDeps,
  type ImportPhase,
  type ImportResult,
  type RowError,
  type SourceFormat,
} from './types.ts';
