import type { TableName } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/ru.ts';

/** The canonical tables as users name them; a Record so a new table needs its label. */
export const TABLE_LABELS: Record<TableName, MessageKey> = {
  orders: 'table.orders',
  leads: 'table.leads',
  spend: 'table.spend',
  costs: 'table.costs',
};
