#!/usr/bin/env node
/**
 * The baseline `fulcrum formula` is judged against in `npm run bench` (bench/cli.ts): the same
 * query in a fresh `node` process and nothing else — open the warehouse, run the statements the
 * formula service sent, read every row, close. Plain JavaScript with no code of ours, so what it
 * costs is Node's start, DuckDB's and the query's.
 *
 * `node bench/fresh-query.mjs JOB.json`, where the job is { path, config, statements: [{ sql,
 * params }] } as bench/cli.ts captured them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

// Required, not imported: importing this CommonJS package from ESM makes Node scan its sources for
// export names first (cjs-module-lexer), which would slow the baseline by ~150 ms for nothing.
const { DuckDBInstance } = createRequire(import.meta.url)('@duckdb/node-api');

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = await DuckDBInstance.create(job.path, job.config);
const conn = await instance.connect();
// As the warehouse driver does on opening: timestamps are read in UTC.
await conn.run("SET TimeZone = 'UTC'");
for (const { sql, params } of job.statements) (await conn.runAndReadAll(sql, params)).getRowObjectsJS();
conn.closeSync();
instance.closeSync();
