import { useEffect } from 'react';
import { Loading } from '../components/loading.tsx';
import { Nav } from '../components/nav.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { LoginPage } from '../pages/login/login-page.tsx';
import { AnalysisParamsProvider } from './analysis-params.tsx';
import { MetaProvider } from './meta.tsx';
import { PageView } from './page-view.tsx';
import { useRoute } from './route.ts';
import { SessionProvider, useSession } from './session.tsx';

function Shell() {
  const { user } = useSession();
  const { lang } = useI18n();
  const page = useRoute();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (user === undefined) return <Loading />;
  if (user === null) return <LoginPage />;
  // Keyed by user: a new sign-in reloads meta with the new role's rights.
  return (
    <MetaProvider key={String(user.id)}>
      <AnalysisParamsProvider>
        <Nav page={page} />
        <main className="page" data-page={page}>
          <PageView page={page} />
        </main>
      </AnalysisParamsProvider>
    </MetaProvider>
  );
}

/** The workbench: language, session, then the signed-in shell or the login page. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}
