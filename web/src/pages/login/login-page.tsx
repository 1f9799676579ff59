import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.tsx';
import { ApiError } from '../../api/api-error.ts';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Login and password; the server's message (wrong password, too many tries) is shown as is. */
export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await login(String(form.get('login') ?? ''), String(form.get('password') ?? ''));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login">
      <form className="panel login-card" onSubmit={(e) => void submit(e)}>
        <div className="login-head">
          <span className="logo" aria-hidden="true">
            ƒ
          </span>
          <LangSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <label className="field">
          <span>{t('login.login')}</span>
          <input name="login" autoComplete="username" required />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error instanceof ApiError && error.status === 0
              ? t('common.network')
              : error instanceof Error
                ? error.message
                : t('common.error')}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
