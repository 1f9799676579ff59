import { ensureWarehouse } from '../../src/ingest/warehouse-schema.ts';
import type { Workspace } from '../../src/services/index.ts';

/**
 * A tiny warehouse for March 2024, counted by hand. Scope «Сайт»: 4 leads (accepted, converted,
 * rejected, accepted) → accepted share 3/4; buyers c1 (first order in January), c2 (first order in
 * March), c4 (first order in February via Директ) → new-client share 1/3. Директ and February rows
 * are outside the scope or the period.
 */
export async function fillKpiWarehouse(ws: Workspace): Promise<void> {
  await ensureWarehouse(ws.engine);
  await ws.engine.driver.exec(`
    INSERT INTO leads (lead_id, ts, channel, status, customer_id) VALUES
      ('1', '2024-03-01 10:00', 'Сайт', 'accepted', NULL),
      ('2', '2024-03-05 10:00', 'Сайт', 'converted', 'c2'),
      ('3', '2024-03-09 10:00', 'Сайт', 'rejected', NULL),
      ('4', '2024-03-31 23:59', 'Сайт', 'accepted', NULL),
      ('5', '2024-03-10 10:00', 'Директ', 'rejected', NULL),
      ('6', '2024-03-11 10:00', 'Директ', 'converted', 'c3'),
      ('7', '2024-02-29 10:00', 'Сайт', 'accepted', NULL);
    INSERT INTO orders (order_id, customer_id, ts, revenue, channel) VALUES
      ('o1', 'c1', '2024-01-10 12:00', 1000, 'Сайт'),
      ('o2', 'c1', '2024-03-02 12:00', 1500, 'Сайт'),
      ('o3', 'c2', '2024-03-06 12:00', 2000, 'Сайт'),
      ('o4', 'c3', '2024-03-12 12:00', 800, 'Директ'),
      ('o5', 'c4', '2024-02-15 12:00', 700, 'Директ'),
      ('o6', 'c4', '2024-03-20 12:00', 900, 'Сайт');
  `);
}
