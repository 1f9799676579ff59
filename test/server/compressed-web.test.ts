import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../src/server/precompress.ts';
import { testApp } from './helpers.ts';

// A built workbench as Vite lays it out, with a bundle big enough to be worth compressing.
const web = mkdtempSync(join(tmpdir(), 'fulcrum-web-gz-'));
mkdirSync(join(web, 'assets'));
const bundle = Array.from(
  { length: 2000 },
  (_, i) => `export const lever${i} = { id: "L${i}", unit: "money" };`,
).join('\n');
const page = `<!doctype html><html><head><script type="module" src="./assets/index-abc.js"></script></head><body><div id="root"></div>${'<!-- workbench -->'.repeat(100)}</body></html>`;
writeFileSync(join(web, 'index.html'), page);
writeFileSync(join(web, 'assets', 'index-abc.js'), bundle);
writeFileSync(join(web, 'assets', 'tiny-abc.css'), 'body{margin:0}');
const bytes = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer());

describe('compressed web bundle (issue 13)', () => {
  afterAll(() => rmSync(web, { recursive: true, force: true }));

  it('precompression writes gzip and brotli copies of text files that decompress to the file', () => {
    const sum = precompressDir(web);
    const js = join(web, 'assets', 'index-abc.js');
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(bundle);
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(bundle);
    expect(sum.brotliBytes).toBeLessThan(sum.bytes / 4);
    // Under a kilobyte a copy is not worth its headers.
    expect(existsSync(join(web, 'assets', 'tiny-abc.css.gz'))).toBe(false);
  });

  it('Accept-Encoding: gzip gets the gzip body with Content-Encoding and Vary, security headers and a year of cache', async () => {
    const t = await testApp({ deps: { webDir: web } });
    const res = await t.app.request('/assets/index-abc.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const body = await bytes(res);
    expect(body.length).toBeLessThan(bundle.length / 4);
    expect(gunzipSync(body).toString()).toBe(bundle);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a browser that accepts brotli gets brotli', async () => {
    const t = await testApp({ deps: { webDir: web } });
    const res = await t.app.request('/assets/index-abc.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(res)).toString()).toBe(bundle);
  });

  it('a client without Accept-Encoding gets the plain file, still marked Vary: Accept-Encoding', async () => {
    const t = await testApp({ deps: { webDir: web } });
    const res = await t.app.request('/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await bytes(res)).toString()).toBe(bundle);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('index.html and client routes are compressed on the way out and revalidated on each visit', async () => {
    const t = await testApp({ deps: { webDir: web } });
    for (const path of ['/', '/compare']) {
      const res = await t.app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(gunzipSync(await bytes(res)).toString(), path).toBe(page);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('API answers are not touched: no-store and no compression', async () => {
    const t = await testApp({ deps: { webDir: web } });
    const res = await t.app.request('/api/health', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
