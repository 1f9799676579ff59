import type { ReactNode } from 'react';
import type { Meta } from '../../api/types.ts';
import { MetaGate } from '../../components/meta-gate.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import { ChannelsView } from './channels-view.tsx';
import { ClvView } from './clv-view.tsx';
import { CohortsView } from './cohorts-view.tsx';
import { FunnelView } from './funnel-view.tsx';
import './customers.css';
import { MigrationView } from './migration-view.tsx';
import { RfmView } from './rfm-view.tsx';
import { SECTIONS, sectionHref, useSection, type Section } from './use-sub-route.ts';

const TITLES: Record<Section, MessageKey> = {
  rfm: 'cust.tab.rfm',
  migration: 'cust.tab.migration',
  cohorts: 'cust.tab.cohorts',
  clv: 'cust.tab.clv',
  channels: 'cust.tab.channels',
  funnel: 'cust.tab.funnel',
};

function CustomersView({ meta }: { meta: Meta }) {
  const { t } = useI18n();
  const section = useSection();
  const first = meta.range!.first.slice(0, 10);
  const last = meta.range!.last.slice(0, 10);
  const views: Record<Section, () => ReactNode> = {
    rfm: () => <RfmView lastDate={last} />,
    migration: () => <MigrationView firstDate={first} lastDate={last} />,
    cohorts: () => <CohortsView />,
    clv: () => <ClvView lastDate={last} />,
    channels: () => <ChannelsView />,
    funnel: () => <FunnelView dimensions={meta.dimensions} />,
  };
  return (
    <>
      <nav className="section-tabs" aria-label={t('cust.tabs')}>
        {SECTIONS.map((s) => (
          <a
            key={s}
            href={sectionHref(s)}
            className={s === section ? 'on' : ''}
            aria-current={s === section ? 'page' : undefined}
          >
            {t(TITLES[s])}
          </a>
        ))}
      </nav>
      {views[section]()}
    </>
  );
}

/**
 * Customers: RFM grid and segments with CRM lists, migration, cohorts, the CLV check, channels and
 * the product funnel.
 */
export function CustomersPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('nav.customers')}</h1>
      <MetaGate>{(meta) => <CustomersView meta={meta} />}</MetaGate>
    </>
  );
}
