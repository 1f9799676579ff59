import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { makeTempDir } from '../../services/index.ts';
import { HttpError } from '../http-error.ts';

/** Default upload limit: the largest export the contract promises to take. */
export const DEFAULT_UPLOAD_BYTES = 2 * 1024 ** 3;

/** An upload on disk in its own temp directory; `remove` deletes both. */
export interface ReceivedFile {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

const tooLarge = (limit: number): HttpError =>
  new HttpError(413, 'payload_too_large', {
    en: `the file is larger than the limit of ${limit} bytes`,
    ru: `файл больше допустимых ${limit} байт`,
  });

/**
 * Streams a request body to a temp file, never holding more than a chunk in memory. A declared
 * Content-Length over the limit is refused before reading; a body that grows past it is cut off
 * and its partial file deleted, so nothing of a refused upload stays on disk.
 */
export async function receiveUpload(req: Request, name: string, limit: number): Promise<ReceivedFile> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body)
    throw new HttpError(
      400,
      'bad_request',
      { en: 'the request has no file in its body', ru: 'в теле запроса нет файла' },
      'body',
    );
  // Named for this process, so start-up recovery removes it if the server dies mid-upload or
  // before the import that follows has removed it.
  const { dir, remove } = await makeTempDir('upload');
  const path = join(dir, name);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(bytes > limit ? tooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(req.body as WebReadableStream<Uint8Array>),
      counter,
      createWriteStream(path),
    );
  } catch (e) {
    await remove();
    throw e;
  }
  if (bytes === 0) {
    await remove();
    throw new HttpError(
      400,
      'bad_request',
      { en: 'the uploaded file is empty', ru: 'загруженный файл пуст' },
      'body',
    );
  }
  return { path, bytes, remove };
}
