import { api } from '../../api/client.ts';
import type { Role, User } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { generatePassword } from './password.ts';
import { ROLES } from './roles.ts';

/**
 * One user as the owner manages them: the role changes at once; a password reset asks first (it
 * ends the user's sessions and revokes their API tokens on the server) and hands the new password
 * to `onReset`, which shows it once above the table (a phone scrolls the table sideways, and a
 * password half off the screen is no use); removal asks first. The server refuses removing
 * yourself or the last owner; its message shows through `onError`.
 */
export function UserRow({
  user,
  self,
  onChanged,
  onError,
  onReset,
}: {
  user: User;
  self: boolean;
  onChanged: () => void;
  onError: (e: unknown) => void;
  onReset: (login: string, password: string) => void;
}) {
  const { t } = useI18n();
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
            void call(() =>
              api('PATCH /api/users/{id}', {
                params: { id: user.id },
                body: { role: e.target.value as Role },
              }),
            )
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
            if (!window.confirm(t('accounts.resetConfirm', { login: user.login }))) return;
            const password = generatePassword();
            void call(async () => {
              await api('PATCH /api/users/{id}', { params: { id: user.id }, body: { password } });
              onReset(user.login, password);
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
                void call(() => api('DELETE /api/users/{id}', { params: { id: user.id } }));
            }}
          >
            {t('settings.removeUser')}
          </button>
        )}
      </td>
    </tr>
  );
}
