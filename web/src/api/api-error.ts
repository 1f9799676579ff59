/** An error answer of the API: `{ error: { code, message, field?, requestId } }`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds an ApiError from a response; bodies that are not the contract's shape still give a message. */
export async function apiErrorFrom(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML page or an empty body: fall back to the status line.
  }
  const e = (body as { error?: { code?: string; message?: string; field?: string; requestId?: string } })
    ?.error;
  return new ApiError(
    res.status,
    e?.code ?? 'http_' + res.status,
    e?.message ?? (res.statusText || `HTTP ${res.status}`),
    e?.field,
    e?.requestId,
  );
}
