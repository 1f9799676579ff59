import { createHash } from 'node:crypto';
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';

/** Reads at most `bytes` from the start of a file (for sniffing encoding, delimiter and header). */
export async function readHead(file: string, bytes: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Reads at most `bytes` from the end of a file (Parquet keeps its footer and magic there). */
export async function readTail(file: string, bytes: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const n = Math.min(bytes, size);
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, size - n);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** True when the path is a regular file this process can read. */
export async function isReadableFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** sha256 of a file, streamed so a 2 GB export costs constant memory. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Streams a cp1251 file into a UTF-8 file, so DuckDB (UTF-8 only) can read it. */
export async function transcodeToUtf8(src: string, dest: string, from: string): Promise<void> {
  await pipeline(
    createReadStream(src),
    iconv.decodeStream(from),
    iconv.encodeStream('utf-8'),
    createWriteStream(dest),
  );
}

// Temp folders live in temp-dirs.ts (named after their process, cleaned after a crash).
export { makeTempDir } from './temp-dirs.ts';
