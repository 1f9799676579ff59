import type { Logger } from './types.ts';

/** One JSON line per event on stderr: easy to grep for a request id, and stdout stays free. */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string, meta?: Record<string, unknown>): void => {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...meta })}\n`);
  };
  return {
    info: (message, meta) => write('info', message, meta),
    error: (message, meta) => write('error', message, meta),
  };
}
