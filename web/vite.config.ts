import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The workbench is its own root so `vite build` from the repo root still finds index.html.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // No React plugin: esbuild compiles TSX with the automatic runtime, which is all we need.
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
