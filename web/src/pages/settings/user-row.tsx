import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { generatePassword } from './password.ts';
import { ROLES } from './roles.ts';

/**
 * One user as the owner manages them: the role changes at once, a password reset shows the new
 * password once (and ends the user's sessions on the server), removal asks first. The server
 * refuses removing yourself or the last owner; its message shows through `onError`.
 */
export function UserRow({
  user,
  self,
  onChanged,
  onError,
}: {
  user: User;
  self: boolean;
  onChanged: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [reset, setReset] = useState<string | null>(null);
  const call = async (fn: () => Promise<unknown>) => {
    onError(null);
    try {
      await fn();
      onChanged();
    } catch (e) {
      onError(e);
    }
  };
  return (
    <tr data-login={user.login}>
      <td>{user.login}</td>
      <td>{user.name}</td>
      <td>
        <select
          aria-label={t('settings.roleOf', { login: user.login })}
          value={user.role}
          onChange={(e) =>
            void call(() => api(`/users/${user.id}`, { method: 'PATCH', body: { role: e.target.value } }))
          }
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="actions">
        <button
          type="button"
          className="btn btn-link"
          onClick={() => {
            const password = generatePassword();
            void call(async () => {
              await api(`/users/${user.id}`, { method: 'PATCH', body: { password } });
              setReset(password);
            });
          }}
        >
          {t('settings.resetPassword')}
        </button>
        {self ? null : (
          <button
            type="button"
            className="btn btn-link"
            onClick={() => {
              if (window.confirm(t('settings.removeConfirm', { login: user.login })))
                void call(() => api(`/users/${user.id}`, { method: 'DELETE' }));
            }}
          >
            {t('settings.removeUser')}
          </button>
        )}
        {reset ? (
          <span className="small" role="status" data-testid="password-reset">
            {t('settings.newPassword', { password: reset })}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
