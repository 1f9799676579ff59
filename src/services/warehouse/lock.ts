import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Bilingual } from '../../i18n/index.ts';
import { isAlive, thisProcess, type OwnerProcess } from '../../ingest/owner-process.ts';
import { UserError } from '../inputs/user-error.ts';

/**
 * Who holds a warehouse file and what to tell the person waiting for it. `fulcrum serve` leaves a
 * mark beside the warehouse (`fulcrum.duckdb.serve.json`: its process and URL) so a CLI command
 * that finds the file locked can name the server — pid and address — rather than DuckDB's words.
 */

interface ServeMark extends OwnerProcess {
  url: string;
}

/** The running server of a warehouse, as its mark says. */
export interface Server {
  pid: number;
  url: string;
}

/** The mark's path: beside the warehouse, named after it. */
export const serveMarkPath = (dbPath: string): string => `${dbPath}.serve.json`;

/** Writes this process's mark for `dbPath`; the returned function removes it (when the server stops). */
export function markServing(dbPath: string, url: string): () => void {
  if (dbPath === ':memory:') return () => {};
  const path = serveMarkPath(dbPath);
  writeFileSync(path, `${JSON.stringify({ ...thisProcess(), url } satisfies ServeMark)}\n`);
  return () => rmSync(path, { force: true });
}

/** The server whose mark is beside `dbPath`, if it is still running (a killed server's mark is stale). */
export function servingOn(dbPath: string): Server | null {
  try {
    const mark = JSON.parse(readFileSync(serveMarkPath(dbPath), 'utf8')) as ServeMark;
    if (typeof mark.pid !== 'number' || typeof mark.url !== 'string') return null;
    return isAlive(mark) ? { pid: mark.pid, url: mark.url } : null;
  } catch {
    return null;
  }
}

/** Who holds the file, in words: the server with its address, or another process by pid. */
function holderText(dbPath: string, holder: number | null): Bilingual {
  const server = servingOn(dbPath);
  if (server && (holder === null || holder === server.pid))
    return {
      en: `fulcrum serve (pid ${server.pid}, ${server.url})`,
      ru: `fulcrum serve (pid ${server.pid}, ${server.url})`,
    };
  const pid = holder === null ? '' : ` (pid ${holder})`;
  return { en: `another fulcrum process${pid}`, ru: `другой процесс fulcrum${pid}` };
}

/** Printed once while a command waits for the file. */
export function waitingText(dbPath: string, holder: number | null): Bilingual {
  const who = holderText(dbPath, holder);
  return {
    en: `The warehouse ${dbPath} is busy in ${who.en}; waiting for it…`,
    ru: `Хранилище ${dbPath} занято: с ним работает ${who.ru}; ждём…`,
  };
}

/** The warehouse stayed locked for as long as we waited: who holds it and what to do. */
export class WarehouseBusyError extends UserError {
  constructor(dbPath: string, holder: number | null, seconds: number, cause: unknown) {
    const who = holderText(dbPath, holder);
    const server = servingOn(dbPath);
    const what: Bilingual =
      server && (holder === null || holder === server.pid)
        ? {
            en: `it is probably importing a file: wait for the import to end, or stop the server (Ctrl+C in its terminal) and run the command again`,
            ru: `вероятно, он загружает файл: дождитесь конца загрузки или остановите сервер (Ctrl+C в его терминале) и повторите команду`,
          }
        : {
            en: `run the command again when that process ends`,
            ru: `повторите, когда тот процесс завершится`,
          };
    super(
      {
        en: `the warehouse ${dbPath} is busy: ${who.en} has held it for ${seconds} s; ${what.en}`,
        ru: `хранилище ${dbPath} занято: ${who.ru} держит его уже ${seconds} с; ${what.ru}`,
      },
      'db',
      { cause },
    );
  }
}
