import { apiErrorFrom } from '../../api/api-error.ts';
import { requestHeaders } from '../../api/client.ts';
import { queryString, type QueryValue } from '../../api/query.ts';

/**
 * Downloads a file from the API: fetched first, so an error (a model that did not converge, no
 * access) shows on the page in the person's language instead of being saved as a file.
 */
export async function downloadFile(path: string, query: Record<string, QueryValue>): Promise<void> {
  const res = await fetch('/api' + path + queryString(query), {
    headers: { ...requestHeaders('GET'), Accept: '*/*' },
    credentials: 'same-origin',
  });
  if (!res.ok) throw await apiErrorFrom(res);
  const name = fileName(res.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file once the click is handled; a later revoke keeps Safari happy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The file name a download is saved under: the UTF-8 `filename*` (RFC 5987, «Рычаги 2025-01.xlsx»)
 * when the server sends one, else the plain `filename`.
 */
export function fileName(disposition: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // a malformed escape: fall back to the ASCII name
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
}
