import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * API tokens for scripts and integrations (a CRM pushing exports): create one — shown once, only
 * its digest is kept — see when each was last used, revoke one at once. An owner can also pick
 * any user and revoke their tokens (a leaked script token is stopped without its holder); tokens
 * are created only by their holder, so the form shows for one's own.
 */
export function TokensPanel() {
  const { t, lang } = useI18n();
  const { user: me } = useSession();
  const isOwner = me?.role === 'owner';
  const users = useAsync(isOwner ? (signal) => api('GET /api/users', { signal }) : null, [isOwner]);
  /** The user whose tokens are shown; null: one's own. */
  const [whose, setWhose] = useState<string | null>(null);
  const tokens = useAsync(
    (signal) =>
      whose === null
        ? api('GET /api/tokens', { signal })
        : api('GET /api/users/{id}/tokens', { params: { id: whose }, signal }),
    [whose],
  );
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async () => {
    setError(null);
    try {
      const { token } = await api('POST /api/tokens', { body: { name } });
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
      await api('DELETE /api/tokens/{id}', { params: { id } });
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Panel title={t('settings.tokens')}>
      <p className="muted small">{t('settings.tokensHint')}</p>
      {isOwner && me && users.data ? (
        <>
          <SelectField
            label={t('tokens.whose')}
            name="token-owner"
            value={whose ?? String(me.id)}
            onChange={(id) => {
              setFresh(null);
              setWhose(id === String(me.id) ? null : id);
            }}
            options={users.data.map((u) => ({
              value: String(u.id),
              label: u.id === me.id ? t('tokens.mine', { login: u.login }) : u.login,
            }))}
          />
          <p className="muted small">{t('tokens.othersHint')}</p>
        </>
      ) : null}
      {whose !== null ? null : (
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
      )}
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
      ) : tokens.data ? (
        <p className="muted small">{t('tokens.none')}</p>
      ) : null}
    </Panel>
  );
}
