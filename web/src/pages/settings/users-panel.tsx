import { api } from '../../api/client.ts';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AddUserForm } from './add-user-form.tsx';
import { UserRow } from './user-row.tsx';
import { useSession } from '../../app/session.tsx';
import { useState } from 'react';

/** The account's users: add, change a role, reset a password, remove (owners only). */
export function UsersPanel() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const users = useAsync((signal) => api('GET /api/users', { signal }), []);
  const [error, setError] = useState<unknown>(null);
  // The password an owner just set, shown once (until the page is left or another is set).
  const [reset, setReset] = useState<{ login: string; password: string } | null>(null);
  return (
    <Panel title={t('settings.users')}>
      {users.loading ? <Loading /> : null}
      {users.error ? <ErrorBox error={users.error} onRetry={users.reload} /> : null}
      <AddUserForm onAdded={() => users.reload()} />
      {error ? <ErrorBox error={error} /> : null}
      {reset ? (
        <p className="notice notice-ok" role="status" data-testid="password-reset">
          {t('accounts.newPasswordFor', { login: reset.login })}{' '}
          <code className="secret">{reset.password}</code> {t('accounts.shownOnce')}
        </p>
      ) : null}
      {users.data ? (
        <TableScroll label={t('settings.users')}>
          <thead>
            <tr>
              <th>{t('settings.login')}</th>
              <th>{t('settings.name')}</th>
              <th>{t('settings.role')}</th>
              <th />
            </tr>
          </thead>
          <tbody data-testid="users">
            {users.data.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                self={u.id === me?.id}
                onChanged={users.reload}
                onError={setError}
                onReset={(login, password) => setReset({ login, password })}
              />
            ))}
          </tbody>
        </TableScroll>
      ) : null}
    </Panel>
  );
}
