import { ApiError } from './api-error.ts';
import { requestHeaders } from './client.ts';
import { queryString, type QueryValue } from './query.ts';

/**
 * POSTs a file with upload progress: fetch cannot report how much of a request body has gone,
 * and a 2 GB export takes minutes to send, so uploads use XMLHttpRequest. Resolves with the
 * parsed JSON answer; any non-2xx answer rejects with an ApiError like `api()` does.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  query: Record<string, QueryValue>,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api' + path + queryString(query));
    for (const [k, v] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page): the status line below says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const e = (body as { error?: { code?: string; message?: string; field?: string; requestId?: string } })
        ?.error;
      reject(
        new ApiError(
          xhr.status,
          e?.code ?? 'http_' + xhr.status,
          e?.message ?? (xhr.statusText || `HTTP ${xhr.status}`),
          e?.field,
          e?.requestId,
        ),
      );
    };
    xhr.send(file);
  });
}
