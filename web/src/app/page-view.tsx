import type { ReactNode } from 'react';
import { ConstraintPage } from '../pages/constraint/constraint-page.tsx';
import { CustomersPage } from '../pages/customers/customers-page.tsx';
import { DataPage } from '../pages/data/data-page.tsx';
import { FormulaPage } from '../pages/formula/formula-page.tsx';
import { JourneyPage } from '../pages/journey/journey-page.tsx';
import { KpiPage } from '../pages/kpi/kpi-page.tsx';
import { LeversPage } from '../pages/levers/levers-page.tsx';
import { SettingsPage } from '../pages/settings/settings-page.tsx';
import { WhatIfPage } from '../pages/whatif/whatif-page.tsx';
import type { Page } from './route.ts';

// A Record over every page: adding a route without its component is a compile error.
const VIEWS: Record<Page, () => ReactNode> = {
  formula: () => <FormulaPage />,
  levers: () => <LeversPage />,
  constraint: () => <ConstraintPage />,
  journey: () => <JourneyPage />,
  whatif: () => <WhatIfPage />,
  customers: () => <CustomersPage />,
  data: () => <DataPage />,
  kpi: () => <KpiPage />,
  settings: () => <SettingsPage />,
};

/** The component of the current page. */
export function PageView({ page }: { page: Page }) {
  return <>{VIEWS[page]()}</>;
}
