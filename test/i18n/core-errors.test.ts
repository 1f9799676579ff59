import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attribute, getPreset, throughput, raise } from '../../src/core/formula/index.ts';
import { readSettingsSheet } from '../../src/services/kpi/plan-settings-sheet.ts';
import { errorText } from '../../src/cli/error-text.ts';
import { errorAnswer } from '../../src/server/on-error.ts';

/** What `fn` throws; fails the test when it throws nothing. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const tree = getPreset('lcpq');
const at = { L: 10, C: 0.1, P: 100, Q: 1 };

// Each site was a plain English Error: the CLI printed it in English, the API answered 500.
const SITES: Array<[string, () => unknown, string]> = [
  [
    'unknown attribution method',
    () => attribute({ tree, before: at, after: at }, { method: 'x' }),
    'метод атрибуции',
  ],
  [
    'chain order naming a non-input',
    () => attribute({ tree, before: at, after: at, order: ['nope'] }, { method: 'chain' }),
    'цепных подстановок',
  ],
  [
    'chain order repeating a lever',
    () => attribute({ tree, before: at, after: at, order: ['L', 'L'] }, { method: 'chain' }),
    'повторяется',
  ],
  ['a chain without stages', () => throughput([]), 'хотя бы один этап'],
  ['an unknown stage', () => raise([{ name: 'a', capacity: 1 }], 'b', 2), 'нет этапа «b»'],
  ['unknown preset', () => getPreset('nope'), 'нет готовой формулы «nope»'],
  [
    'a plan workbook without «План»',
    () => readSettingsSheet(new ExcelJS.Workbook(), 'plan.xlsx', { keepEmpty: false }),
    'нет листа «План»',
  ],
];

describe('core errors a user can reach are bilingual', () => {
  it.each(SITES)('%s: the CLI says it in Russian', (_, fn, ru) => {
    expect(errorText(thrown(fn), 'ru')).toContain(ru);
  });

  it.each(SITES)('%s: the API answers 400 in the request language', (_, fn, ru) => {
    const e = thrown(fn);
    const inRu = errorAnswer(e, 'ru', 'r1');
    expect(inRu).toMatchObject({ status: 400, code: 'bad_request' });
    expect(inRu.message).toContain(ru);
    const inEn = errorAnswer(e, 'en', 'r1');
    expect(inEn.status).toBe(400);
    expect(inEn.message).toBe((e as Error).message);
  });
});
