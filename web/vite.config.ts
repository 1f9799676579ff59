import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from '../src/server/precompress.ts';

// The workbench is its own root so `vite build` from the repo root still finds index.html.
const root = fileURLToPath(new URL('.', import.meta.url));

/** Brotli and gzip copies of the built files, which the server sends to browsers that accept them. */
const precompress = (): Plugin => ({
  name: 'fulcrum-precompress',
  apply: 'build',
  closeBundle() {
    const sum = precompressDir(fileURLToPath(new URL('dist', import.meta.url)));
    const kb = (n: number) => Math.round(n / 1024);
    console.log(`precompressed ${sum.files} files: ${kb(sum.bytes)} KB → ${kb(sum.brotliBytes)} KB brotli`);
  },
});

export default defineConfig({
  root,
  base: './',
  // No React plugin: esbuild compiles TSX with the automatic runtime, which is all we need.
  esbuild: { jsx: 'automatic' },
  plugins: [precompress()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
