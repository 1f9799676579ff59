import type { TableName } from './contract.ts';
import { SYNONYMS } from './synonyms.ts';

/**
 * The message for required fields with no column: names each, lists the headers found and the
 * synonyms accepted, and points at --map, so the user can fix it without reading docs.
 */
export function missingColumnsMessage(
  table: TableName,
  missing: readonly string[],
  headers: readonly string[],
): string {
  const parts = missing.map((field) => {
    const accepted = [field, ...(SYNONYMS[table][field] ?? [])].filter((s, i, all) => all.indexOf(s) === i);
    return `missing required column "${field}" for ${table} (accepted headers: ${accepted.join(', ')})`;
  });
  const found = headers.filter((h) => h.trim() !== '').join(', ') || 'none';
  return `${parts.join('; ')}; headers found: ${found}. Name the column with --map "<header>=${missing[0]}".`;
}
