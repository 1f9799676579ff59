import { useState } from 'react';
import { hrefOf, pagesFor, type Page } from '../app/route.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/ru.ts';

const TITLES: Record<Page, MessageKey> = {
  formula: 'nav.formula',
  levers: 'nav.levers',
  constraint: 'nav.constraint',
  journey: 'nav.journey',
  whatif: 'nav.whatif',
  customers: 'nav.customers',
  data: 'nav.data',
  kpi: 'nav.kpi',
  settings: 'nav.settings',
};

/** The top bar; on a phone the links fold behind a menu button. */
export function Nav({ page }: { page: Page }) {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const [open, setOpen] = useState(false);
  // Picking a page closes the phone menu: adjusted while rendering the new page (React's
  // "storing information from previous renders"), not by an effect after it has been drawn open.
  const [menuPage, setMenuPage] = useState(page);
  if (menuPage !== page) {
    setMenuPage(page);
    setOpen(false);
  }
  return (
    <header className="topbar">
      <a className="brand" href={hrefOf('formula')}>
        <span className="logo" aria-hidden="true">
          ƒ
        </span>
        {t('app.name')}
      </a>
      <button
        type="button"
        className="menu-btn"
        aria-expanded={open}
        aria-controls="main-nav"
        onClick={() => setOpen((o) => !o)}
      >
        {t('nav.menu')}
      </button>
      <nav id="main-nav" className={open ? 'open' : ''}>
        {pagesFor(user?.role).map((p) => (
          <a
            key={p}
            href={hrefOf(p)}
            className={p === page ? 'active' : ''}
            aria-current={p === page ? 'page' : undefined}
          >
            {t(TITLES[p])}
          </a>
        ))}
        <span className="who">{user?.name}</span>
        <button type="button" className="link" onClick={() => void logout()}>
          {t('nav.logout')}
        </button>
      </nav>
    </header>
  );
}
