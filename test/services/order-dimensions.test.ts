import { describe, expect, it } from 'vitest';
import { isOrderDimension, orderDimensions } from '../../src/services/index.ts';

describe('order dimensions: one rule for /api/meta, the constraint, customers and the lever table', () => {
  it('keeps what an orders file may be sliced by, and drops keys, times, amounts and internal columns', () => {
    const columns = ['order_id', 'customer_id', 'ts', 'revenue', 'items', 'cost', 'discount', '_import_id'];
    expect(orderDimensions([...columns, 'store', 'channel', 'manager', '_staged'])).toEqual([
      'channel',
      'manager',
      'store',
    ]);
    for (const c of columns) expect(isOrderDimension(c), c).toBe(false);
    expect(isOrderDimension('region')).toBe(true);
  });
});
