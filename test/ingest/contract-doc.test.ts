import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT, TABLE_NAMES } from '../../src/ingest/contract.ts';
import { createTableSql } from '../../src/ingest/warehouse-schema.ts';
import { duckdbDialect } from '../../src/sql/duckdb-dialect.ts';
import { useWarehouse } from './helpers.ts';
import { ensureWarehouse } from '../../src/ingest/index.ts';

const doc = readFileSync(new URL('../../docs/data-contract.md', import.meta.url), 'utf8');

describe('data contract', () => {
  it('documents every field of every table', () => {
    for (const t of TABLE_NAMES) {
      expect(doc).toContain(`## ${t}:`);
      for (const f of CONTRACT[t].fields)
        expect(doc, `${t}.${f.name}`).toMatch(new RegExp(`\\n\\| ${f.name} +\\|`));
    }
  });

  it('renders the warehouse DDL from the contract', () => {
    const engine = { dialect: duckdbDialect } as Parameters<typeof createTableSql>[0];
    expect(createTableSql(engine, 'costs')).toBe(
      'CREATE TABLE IF NOT EXISTS "costs" ("month" DATE NOT NULL, "kind" VARCHAR NOT NULL, "amount" DECIMAL(18,2) NOT NULL, "_import_id" BIGINT)',
    );
  });

  const ctx = useWarehouse();
  it('creates the warehouse idempotently', async () => {
    await ensureWarehouse(ctx.engine);
    await ensureWarehouse(ctx.engine);
    const cols = await ctx.rows(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => `${c['column_name']} ${c['data_type']} ${c['is_nullable']}`)).toEqual([
      'order_id VARCHAR NO',
      'customer_id VARCHAR NO',
      'ts TIMESTAMP NO',
      'revenue DECIMAL(18,2) NO',
      'items DECIMAL(18,3) YES',
      'cost DECIMAL(18,2) YES',
      'channel VARCHAR YES',
      'discount DECIMAL(18,2) YES',
      '_import_id BIGINT YES',
    ]);
  });
});
