import { useEffect } from 'react';
import { ApiError } from '../api/api-error.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * An error a person can act on: the API's own message (already in their language), "no access"
 * for 403, "the server does not answer" for a network failure. A 401 sends them to the login page.
 */
export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { expired } = useSession();
  const api = error instanceof ApiError ? error : null;
  useEffect(() => {
    if (api?.status === 401) expired();
  }, [api, expired]);
  if (api?.status === 403) {
    return (
      <div className="notice notice-warn" role="alert" data-testid="no-access">
        <strong>{t('common.noAccess')}</strong>
        <p>{api.message || t('common.noAccessHint')}</p>
        <p className="muted">{t('common.noAccessHint')}</p>
      </div>
    );
  }
  const message =
    api?.status === 0
      ? t('common.network')
      : api
        ? api.message
        : error instanceof Error
          ? error.message
          : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{api?.status === 401 ? t('common.signedOut') : t('common.error')}</strong>
      <p>{message}</p>
      {api?.requestId ? <p className="muted small">{t('common.requestId', { id: api.requestId })}</p> : null}
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
