import type { Engine } from '../../engines/engine.ts';

/**
 * Makes every commit to a warehouse file a checkpoint, never a WAL write, so a replace is all or
 * nothing even under kill -9.
 *
 * Why: DuckDB (1.5.6) writes a big INSERT's rows straight to the data file ("optimistic writes")
 * and at COMMIT logs pointers to them in the WAL, then the DELETEs, then a closing flush entry.
 * A WAL cut before that last entry — a kill during COMMIT — is replayed on the next open with the
 * inserted row groups kept and the same transaction's DELETEs dropped: new and replaced rows both
 * stay (test/ingest/import-recovery.test.ts cuts such a WAL by hand; duckdb/duckdb pull request
 * 25931, still open, looks like the upstream fix). A checkpoint instead writes the new blocks and
 * then switches the file header in one write: before it the file holds the old data, after it the
 * new. With the checkpoint threshold at one byte every commit that changes data checkpoints, and
 * with the skip-WAL threshold at zero it does so instead of logging. The warehouse has one
 * connection, so a commit never waits on another transaction (DuckDB would then fall back to the
 * WAL). A closing process checkpointed anyway, so an import costs about the same.
 */
export async function commitByCheckpoint(engine: Engine): Promise<void> {
  await engine.driver.exec(`SET checkpoint_threshold = '1B'`);
  await engine.driver.exec(`SET auto_checkpoint_skip_wal_threshold = 0`);
}
