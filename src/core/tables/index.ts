export { TABLE_NAMES, type TableName } from './table-names.ts';
