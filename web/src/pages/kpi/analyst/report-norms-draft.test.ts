import { describe, expect, it } from 'vitest';
import { changedNorms, toNormRows } from './report-norms-draft.ts';

const stored = [
  { type: 'cohort-study', name: 'Когортный анализ', days: 5 },
  { type: 'weekly', name: 'Еженедельный', days: 1.5 },
];

describe('the time norms editor', () => {
  it('shows the stored norms and stores only what changed or was added', () => {
    const rows = toNormRows(stored, 'ru');
    expect(rows[1]).toEqual({ type: 'weekly', name: 'Еженедельный', days: '1,5', added: false });
    expect(changedNorms(rows, stored)).toEqual({ changed: [], problems: [] });
    rows[0]!.days = '6';
    rows.push({ type: ' promo-study ', name: '', days: '3', added: true });
    expect(changedNorms(rows, stored)).toEqual({
      changed: [
        { type: 'cohort-study', name: 'Когортный анализ', days: 6 },
        { type: 'promo-study', name: 'promo-study', days: 3 },
      ],
      problems: [],
    });
  });

  it('names a row without a type, a type twice and days that are not above zero', () => {
    const rows = [
      ...toNormRows(stored, 'en'),
      { type: '', name: 'x', days: '2', added: true },
      { type: 'weekly', name: '', days: '0', added: true },
    ];
    expect(changedNorms(rows, stored)).toEqual({
      changed: [],
      problems: [
        { kind: 'type', row: 3 },
        { kind: 'duplicate', row: 4, type: 'weekly' },
        { kind: 'days', row: 4 },
      ],
    });
  });
});
