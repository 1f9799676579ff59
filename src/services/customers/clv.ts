import {
  CLV_MODELS,
  type ClvModel,
  breakTies,
  fitBgNbd,
  fitGammaGamma,
  rangeOf,
  type Fit,
  type SummaryColumns,
  type SummaryInput,
} from '../../core/clv/index.ts';
import { UNIT_DAYS, type TimeUnit } from '../../sql/customers/customers.ts';
import {
  clvFitInputsQuery,
  type ClvInputModel,
  type ClvInputsInput,
} from '../../sql/customers/clv-inputs.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import type { ClvFit } from '../../contract/customers.ts';
import { phrase } from '../../i18n/index.ts';
import type { Engine } from '../../engines/engine.ts';
import type { Workspace } from '../warehouse/workspace.ts';

export { CLV_MODELS, type ClvModel };

/** What `fulcrum clv` asks for. */
export interface ClvRequest {
  model: string;
  /** Last calibration day, inclusive; default: the last order date. */
  calibrationEnd?: string;
  unit: string;
}

/** A fitted model with the usual parameter names, flattened for JSON consumers: the contract's ClvFit. */
export type ClvResult = Omit<ClvFit, 'model'> & { model: ClvModel };

/** Reads the model's compressed inputs from the engine and fits the model on them. */
export async function clvFor(ws: Workspace, req: ClvRequest): Promise<ClvResult> {
  if (!(CLV_MODELS as readonly string[]).includes(req.model))
    throw new UserError(
      phrase('customers.unknownModel', { model: req.model, models: CLV_MODELS.join(', ') }),
      'model',
    );
  const model = req.model as ClvModel;
  const { calibrationEnd, unit } = await resolveCalibration(ws, req);
  const inputs = await fitInputs(ws, calibrationEnd, unit, [model]);
  return fitModel(model, inputs[model], calibrationEnd, unit);
}

/** Both models fitted on inputs from one scan of the orders: what per-customer CLV needs. */
export async function clvFitsFor(
  ws: Workspace,
  req: Omit<ClvRequest, 'model'>,
): Promise<{ bgnbd: ClvResult; gammaGamma: ClvResult }> {
  const { calibrationEnd, unit } = await resolveCalibration(ws, req);
  const inputs = await fitInputs(ws, calibrationEnd, unit, CLV_MODELS);
  return {
    bgnbd: fitModel('bgnbd', inputs.bgnbd, calibrationEnd, unit),
    gammaGamma: fitModel('gg', inputs.gg, calibrationEnd, unit),
  };
}

/** The calibration end (default: the last order date) and unit, checked. */
export async function resolveCalibration(
  ws: Workspace,
  req: Omit<ClvRequest, 'model'>,
): Promise<{ calibrationEnd: string; unit: TimeUnit }> {
  if (!(req.unit in UNIT_DAYS))
    throw new UserError(
      phrase('customers.unknownUnit', { unit: req.unit, units: Object.keys(UNIT_DAYS).join(', ') }),
      'unit',
    );
  const range = await orderDateRange(ws.engine, await ws.columns());
  if (!range) throw new UserError(phrase('customers.noOrders'));
  const calibrationEnd =
    req.calibrationEnd === undefined ? range.last : parseDateOption(req.calibrationEnd, 'calibrationEnd');
  return { calibrationEnd, unit: req.unit as TimeUnit };
}

/** Fits one model on its compressed rows, timed; no rows is the user's error, named. */
export function fitModel(
  model: ClvModel,
  rows: SummaryInput,
  calibrationEnd: string,
  unit: TimeUnit,
): ClvResult {
  // BG/NBD's inputs hold every customer: none means nobody bought by the calibration end.
  if (model === 'bgnbd' && rows.length === 0)
    throw new UserError(phrase('customers.noBuyers', { date: calibrationEnd }), 'calibrationEnd');
  if (model === 'gg' && rows.length === 0) throw new UserError(phrase('customers.noRepeatBuyers'), 'model');
  return timedFit({ model, unit, calibrationEnd }, rows.length, () =>
    model === 'bgnbd' ? fitBgNbd(rows) : fitGammaGamma(rows),
  );
}

/** Runs a fit and reports it as every model's result reads: what was fitted, the fit, its time. */
export function timedFit<M extends string>(
  head: { model: M; unit: TimeUnit; calibrationEnd: string },
  rows: number,
  run: () => Fit<string>,
): Omit<ClvResult, 'model'> & { model: M } {
  const started = performance.now();
  const fit = run();
  return {
    ...head,
    params: fit.params,
    standardErrors: fit.standardErrors,
    logLikelihood: fit.logLikelihood,
    convergence: fit.convergence,
    iterations: fit.iterations,
    customers: fit.customers,
    rows,
    fitSeconds: (performance.now() - started) / 1000,
  };
}

/**
 * Each model's inputs, compressed in SQL on the columns that model reads (clv-inputs.ts) and
 * read by column: BG/NBD's rows carry m = 0, Gamma-Gamma's t_x = T = 0.
 */
export async function fitInputs(
  ws: Workspace,
  calibrationEnd: string,
  unit: TimeUnit,
  models: readonly ClvInputModel[],
): Promise<Record<ClvInputModel, SummaryColumns>> {
  return fitInputsFrom(ws.engine, calibrationEnd, unit, models);
}

/**
 * fitInputs over any engine, reading `from.source` (a relation of order rows) instead of
 * `orders`, its ids checked as `from.rejectIds` says.
 */
export async function fitInputsFrom(
  engine: Engine,
  calibrationEnd: string,
  unit: TimeUnit,
  models: readonly ClvInputModel[],
  from: Pick<ClvInputsInput, 'source' | 'rejectIds'> = {},
): Promise<Record<ClvInputModel, SummaryColumns>> {
  const q = clvFitInputsQuery(engine.dialect, { calibrationEnd, unit, models, ...from });
  const res = await engine.driver.queryColumns(q.sql, q.params);
  const all: SummaryColumns = {
    length: res.rowCount,
    x: res.numbers('x'),
    tx: res.numbers('t_x'),
    T: res.numbers('T'),
    m: res.numbers('m_x'),
    w: res.numbers('w'),
  };
  breakTies(all, res.numbers('order_key'));
  // BG/NBD's rows come first (ordered by `gg`): each model gets its run of the columns, uncopied.
  const gg = res.numbers('gg');
  let split = 0;
  while (split < gg.length && gg[split] === 0) split++;
  return { bgnbd: rangeOf(all, 0, split), gg: rangeOf(all, split, all.length) };
}
