/**
 * A Content-Disposition for a download named in the reader's language: `filename*` carries the
 * UTF-8 name (RFC 5987/6266: «Рычаги 2024-01..2024-12.xlsx» arrives as such), `filename` an ASCII
 * stand-in for the few clients that ignore it. encodeURIComponent leaves ' ( ) * ! unescaped,
 * which RFC 5987's attr-char does not allow, so those are escaped too.
 */
export function contentDisposition(name: string, ascii = name.replace(/[^\w.-]+/g, '_')): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
