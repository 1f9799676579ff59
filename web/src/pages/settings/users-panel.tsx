import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AddUserForm } from './add-user-form.tsx';

/** The account's users and their roles, and a form to add one (owners only). */
export function UsersPanel() {
  const { t } = useI18n();
  const users = useAsync((signal) => api<User[]>('/users', { signal }), []);
  return (
    <Panel title={t('settings.users')}>
      {users.loading ? <Loading /> : null}
      {users.error ? <ErrorBox error={users.error} onRetry={users.reload} /> : null}
      <AddUserForm onAdded={() => users.reload()} />
      {users.data ? (
        <TableScroll label={t('settings.users')}>
          <thead>
            <tr>
              <th>{t('settings.login')}</th>
              <th>{t('settings.name')}</th>
              <th>{t('settings.role')}</th>
            </tr>
          </thead>
          <tbody data-testid="users">
            {users.data.map((u) => (
              <tr key={u.id}>
                <td>{u.login}</td>
                <td>{u.name}</td>
                <td>{t(`role.${u.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      ) : null}
    </Panel>
  );
}
