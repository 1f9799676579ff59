/**
 * The files people exchange with Fulcrum, apart from imports: CSV in the dialect a Russian Excel
 * reads, XLSX tables, the column kinds that decide both, and a reader for small hand-made tables.
 * Helpers, not use cases: services and surfaces write through them.
 */
export {
  writeSheets,
  sheetsBytes,
  exportFormat,
  csvText,
  type ExportSheet,
  type ExportFormat,
} from './table-export.ts';
export { columnsOf } from './export-columns.ts';
