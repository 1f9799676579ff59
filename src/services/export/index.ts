/** The workbench's analyses as CSV and XLSX tables. */
export {
  formulaSheets,
  compareSheets,
  leverSheets,
  constraintSheets,
  clvValidationSheets,
} from './analysis-export.ts';
export { exportSheets, exportFileName, EXPORT_ANALYSES, type ExportAnalysis } from './analysis-exports.ts';
export * from '../../files/index.ts';
