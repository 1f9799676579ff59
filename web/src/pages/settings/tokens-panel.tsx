import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface TokenRecord {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/**
 * API tokens for scripts and integrations (a CRM pushing exports): create one — shown once, only
 * its digest is kept — see when each was last used, revoke one at once.
 */
export function TokensPanel() {
  const { t, lang } = useI18n();
  const tokens = useAsync((signal) => api<TokenRecord[]>('/tokens', { signal }), []);
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async () => {
    setError(null);
    try {
      const { token } = await api<{ token: string }>('/tokens', { method: 'POST', body: { name } });
      setFresh(token);
      setName('');
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (id: number) => {
    setError(null);
    try {
      await api<void>(`/tokens/${id}`, { method: 'DELETE' });
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Panel title={t('settings.tokens')}>
      <p className="muted small">{t('settings.tokensHint')}</p>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field grow">
          <span>{t('settings.tokenName')}</span>
          <input name="token-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        </label>
        <button type="submit" className="btn" disabled={name.trim() === ''}>
          {t('settings.createToken')}
        </button>
      </form>
      {fresh ? (
        <div className="notice notice-ok" role="status" data-testid="new-token">
          <p>{t('settings.tokenOnce')}</p>
          <code className="wrap">{fresh}</code>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
      {tokens.loading && !tokens.data ? <Loading /> : null}
      {tokens.data?.length ? (
        <TableScroll label={t('settings.tokens')}>
          <thead>
            <tr>
              <th>{t('settings.tokenName')}</th>
              <th>{t('settings.created')}</th>
              <th>{t('settings.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody data-testid="tokens">
            {tokens.data.map((tk) => (
              <tr key={tk.id}>
                <td>{tk.name}</td>
                <td>{formatDate(tk.createdAt, lang, true)}</td>
                <td>{tk.lastUsedAt ? formatDate(tk.lastUsedAt, lang, true) : '—'}</td>
                <td>
                  <button type="button" className="btn btn-link" onClick={() => void revoke(tk.id)}>
                    {t('settings.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      ) : null}
    </Panel>
  );
}
