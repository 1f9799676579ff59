/**
 * A sheet's period that the data covers only in part: the quarter running when the data ends, or
 * a month whose export stopped on the 12th. Its facts are real but cover fewer days than the plan
 * assumes, so the sheet says so wherever it is shown (CLI, API, workbench, XLSX).
 */
import { day } from './format.ts';
import type { Label } from './types.ts';

/** What part of a sheet's period has data; set on a sheet only when the data ends inside it. */
export interface DataCoverage {
  /** First and last day of the period (inclusive). */
  from: string;
  to: string;
  /** Last day with data. */
  dataTo: string;
  /** «Данные по 31.10.2026 из периода по 31.12.2026 …» / "Data to 31 Oct 2026 of …", for people. */
  note: Label;
}

/**
 * The coverage of a period [from, to] (inclusive days) by data ending on `dataTo`, or undefined
 * when the data reaches the period's last day or ends before it starts (then the facts are simply
 * "no data", and the sheet says that line by line).
 */
export function dataCoverage(from: string, to: string, dataTo: string | null): DataCoverage | undefined {
  if (dataTo === null || dataTo >= to || dataTo < from) return undefined;
  return {
    from,
    to,
    dataTo,
    note: {
      ru: `Период закрыт не полностью: данные по ${day(dataTo, 'ru')} из периода по ${day(to, 'ru')} — факты за часть периода, план — за весь.`,
      en: `Partial period: data to ${day(dataTo, 'en')} of ${day(to, 'en')} — the facts cover part of the period, the plan all of it.`,
    },
  };
}
