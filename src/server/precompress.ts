import { readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: text. Images and fonts in the build are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/i;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes `name.br` and `name.gz` beside every text file of the built workbench (the web bundle is
 * ~1 MB; brotli makes it ~250 KB), once at build time, at the highest levels since nobody waits
 * for them per request. The server (static.ts) sends the copy the browser accepts. A copy newer
 * than its file is kept, so running it twice does nothing the second time.
 */
export function precompressDir(dir: string): { files: number; bytes: number; brotliBytes: number } {
  const sum = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    // parentPath from Node 20.12; the same value was called path before.
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const stat = statSync(path);
    if (stat.size < MIN_BYTES) continue;
    const body = readFileSync(path);
    const fresh = (copy: string): boolean => {
      try {
        return statSync(copy).mtimeMs >= stat.mtimeMs;
      } catch {
        return false;
      }
    };
    if (!fresh(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    if (!fresh(`${path}.br`))
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      );
    sum.files += 1;
    sum.bytes += body.length;
    sum.brotliBytes += statSync(`${path}.br`).size;
  }
  return sum;
}
