import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useRequest } from '../../app/use-request.ts';
import type { Role, User } from '../../api/types.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { generatePassword } from './password.ts';
import { ROLES } from './roles.ts';

/** The owner adds a user: login, name, role and a password to pass on (generated or typed). */
export function AddUserForm({ onAdded }: { onAdded: (u: User) => void }) {
  const { t } = useI18n();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('manager');
  const [password, setPassword] = useState(generatePassword);
  const { busy, error, run } = useRequest();
  const [added, setAdded] = useState<{ login: string; password: string } | null>(null);

  const submit = () =>
    run(async () => {
      const user = await api('POST /api/users', { body: { login, name, role, password } });
      setAdded({ login, password });
      setLogin('');
      setName('');
      setPassword(generatePassword());
      onAdded(user);
    }, false);

  return (
    <form
      className="controls"
      data-testid="add-user"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('settings.login')}</span>
        <input
          name="login"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          autoComplete="off"
          required
        />
      </label>
      <label className="field">
        <span>{t('settings.name')}</span>
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <SelectField
        label={t('settings.role')}
        name="role"
        value={role}
        onChange={(v) => setRole(v as Role)}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <label className="field">
        <span>{t('settings.password')}</span>
        <input
          name="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          minLength={8}
          required
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy || login.trim() === ''}>
        {t('settings.addUser')}
      </button>
      {error ? <ErrorBox error={error} /> : null}
      {added ? (
        <p className="notice notice-ok" role="status" data-testid="user-added">
          {t('settings.userAdded', { login: added.login, password: added.password })}
        </p>
      ) : null}
    </form>
  );
}
