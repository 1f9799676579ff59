import { fitBgNbd, fitGammaGamma, type Fit, type WeightedSummary } from '../core/clv/index.ts';
import { customerSummaryQuery, UNIT_DAYS, type TimeUnit } from '../sql/customers.ts';
import { orderDateRange } from './data-range.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

/** The CLV models `fulcrum clv` fits. */
export const CLV_MODELS = ['bgnbd', 'gg'] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

/** What `fulcrum clv` asks for. */
export interface ClvRequest {
  model: string;
  /** Last calibration day, inclusive; default: the last order date. */
  calibrationEnd?: string;
  unit: string;
}

/** A fitted model with the usual parameter names, flattened for JSON consumers. */
export interface ClvResult {
  model: ClvModel;
  unit: TimeUnit;
  calibrationEnd: string;
  params: Record<string, number>;
  standardErrors: Record<string, number | null>;
  logLikelihood: number;
  convergence: Fit<string>['convergence'];
  iterations: number;
  customers: number;
  /** Distinct (x, t_x, T, m_x) rows the likelihood was summed over. */
  rows: number;
  fitSeconds: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the compressed summary from the engine and fits the model on it. */
export async function clvFor(ws: Workspace, req: ClvRequest): Promise<ClvResult> {
  if (!(CLV_MODELS as readonly string[]).includes(req.model))
    throw new UserError(`unknown model "${req.model}": use one of ${CLV_MODELS.join(', ')}`, 'model');
  if (!(req.unit in UNIT_DAYS))
    throw new UserError(
      `unknown unit "${req.unit}": use one of ${Object.keys(UNIT_DAYS).join(', ')}`,
      'unit',
    );
  const range = await orderDateRange(ws.engine, await ws.columns());
  if (!range)
    throw new UserError(
      'the warehouse has no orders yet: import a file with `fulcrum import FILE --table orders`',
    );
  const calibrationEnd = req.calibrationEnd ?? range.last;
  if (!ISO_DATE.test(calibrationEnd))
    throw new UserError(
      `--calibration-end must be a date like 1997-09-30, got "${calibrationEnd}"`,
      'calibrationEnd',
    );
  const unit = req.unit as TimeUnit;
  const rows = await summaryRows(ws, calibrationEnd, unit);
  if (rows.length === 0)
    throw new UserError(`no customers bought on or before ${calibrationEnd}`, 'calibrationEnd');
  const model = req.model as ClvModel;
  const started = performance.now();
  const fit: Fit<string> = model === 'bgnbd' ? fitBgNbd(rows) : fitGammaGamma(rows);
  if (model === 'gg' && fit.customers === 0)
    throw new UserError('Gamma-Gamma needs repeat buyers; there are none', 'model');
  return {
    model,
    unit,
    calibrationEnd,
    params: fit.params,
    standardErrors: fit.standardErrors,
    logLikelihood: fit.logLikelihood,
    convergence: fit.convergence,
    iterations: fit.iterations,
    customers: fit.customers,
    rows: rows.length,
    fitSeconds: (performance.now() - started) / 1000,
  };
}

/** The weighted calibration summary computed by the engine (already compressed in SQL). */
export async function summaryRows(
  ws: Workspace,
  calibrationEnd: string,
  unit: TimeUnit,
): Promise<WeightedSummary[]> {
  const q = customerSummaryQuery(ws.engine.dialect, { calibrationEnd, unit });
  const raw = await ws.engine.driver.query(q.sql, q.params);
  return raw.map((r) => ({
    x: Number(r.x),
    tx: Number(r.t_x),
    T: Number(r.T),
    m: Number(r.m_x),
    w: Number(r.w),
  }));
}
