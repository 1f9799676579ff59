import type { Engine } from '../engines/engine.ts';
import { CONTRACT, IMPORT_ID_COLUMN, type TableName } from './contract.ts';
import type { HeaderMapping } from './header-map.ts';
import type { Source } from './source.ts';
import { sourceColumn } from './source.ts';
import { trimmed } from './staging.ts';
import { typedSelect } from './typed-select.ts';
import { addDimensionColumns } from './warehouse-schema.ts';

/** What a direct load wrote, or that the file had been imported before (nothing written). */
export type DirectOutcome =
  { kind: 'imported'; rowsRead: number; rowsInserted: number; rowsReplaced: number } | { kind: 'skipped' };

export interface DirectLoadOptions {
  importId: number;
  /** Asked before commit: true when this exact file is already in the warehouse. */
  alreadyImported: () => Promise<boolean>;
}

/** Thrown inside the transaction to roll it back; never leaves this module. */
class Abandon extends Error {
  constructor(readonly why: 'invalid' | 'skipped') {
    super(why);
  }
}

const countOf = (rows: Array<Record<string, unknown>>): number => Number(rows[0]?.['Count'] ?? 0);

/**
 * The fast path for clean delimited files: the engine's CSV reader parses typed columns and the
 * rows go straight into the warehouse table inside one transaction, every import rule checked on
 * the way (a broken rule raises an error) or just after (duplicate keys, order lines that
 * disagree). Anything unexpected — a value the reader cannot parse, a broken rule — rolls the
 * transaction back and returns null: the caller then takes the staged path, which reports every
 * bad cell with its row. So this path only ever accepts what the staged path would accept, and a
 * rejected file costs one extra read.
 */
export async function tryDirectLoad(
  engine: Engine,
  table: TableName,
  source: Source,
  mapping: HeaderMapping,
  opts: DirectLoadOptions,
): Promise<DirectOutcome | null> {
  const d = engine.dialect;
  const q = engine.driver;
  const spec = CONTRACT[table];
  if (!source.csv || !q.capabilities().transactions) return null;
  // Without order ids the staged path synthesises them from the file hash and row numbers.
  if (spec.key.some((k) => !mapping.fields[k])) return null;
  const typed = typedSelect(engine, table, source, mapping);
  if (!typed) return null;
  const { columns: cols, values: vals, relation } = typed;
  for (const dim of mapping.dimensions) {
    cols.push(d.ident(dim.target));
    vals.push(trimmed(sourceColumn(dim.index)));
  }
  cols.push(d.ident(IMPORT_ID_COLUMN));
  vals.push(String(opts.importId));
  const target = d.ident(table);
  const mine = `${d.ident(IMPORT_ID_COLUMN)} = ${opts.importId}`;
  const keys = spec.key.map((k) => d.ident(k));

  try {
    return await q.transaction(async () => {
      await addDimensionColumns(
        engine,
        table,
        mapping.dimensions.map((m) => m.target),
      );
      const hadRows = (await q.query(`SELECT 1 AS x FROM ${target} LIMIT 1`)).length > 0;
      const inserted = countOf(
        await q.query(
          `INSERT INTO ${target} (${cols.join(', ')}) SELECT ${vals.join(', ')} FROM ${relation}`,
        ),
      );
      if (inserted === 0) throw new Abandon('invalid');
      // Order lines may share an order id but must agree on who bought and when; other keys are unique.
      const conflict =
        table === 'orders'
          ? ['customer_id', 'ts'].map((c) => `min(${d.ident(c)}) <> max(${d.ident(c)})`).join(' OR ')
          : 'count(*) > 1';
      const broken = await q.query(
        `SELECT 1 AS x FROM ${target} WHERE ${mine} GROUP BY ${keys.join(', ')} HAVING ${conflict} LIMIT 1`,
      );
      if (broken.length) throw new Abandon('invalid');
      if (await opts.alreadyImported()) throw new Abandon('skipped');
      let replaced = 0;
      if (hadRows) {
        const same = spec.key.map((k) => `n.${d.ident(k)} = o.${d.ident(k)}`).join(' AND ');
        replaced = countOf(
          await q.query(
            `DELETE FROM ${target} AS o WHERE o.${d.ident(IMPORT_ID_COLUMN)} <> ${opts.importId}
             AND EXISTS (SELECT 1 FROM ${target} AS n WHERE n.${mine} AND ${same})`,
          ),
        );
      }
      return { kind: 'imported', rowsRead: inserted, rowsInserted: inserted, rowsReplaced: replaced };
    });
  } catch (e) {
    if (e instanceof Abandon && e.why === 'skipped') return { kind: 'skipped' };
    return null;
  }
}
