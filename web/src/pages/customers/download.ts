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
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
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
