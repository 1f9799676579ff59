import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Row } from '../../src/engines/engine.ts';
import { NEGATIVE_RETURNS, type ImportResult } from '../../src/ingest/index.ts';
import { REASONS } from '../../src/ingest/reasons.ts';
import { listImports } from '../../src/store/index.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { errorText } from '../../src/cli/error-text.ts';
import { RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

const HEADER = 'Номер заказа;Клиент;Дата;Сумма;Количество';

describe('bad input', () => {
  const ctx = useWarehouse();
  let before: Record<string, Row[]>;

  beforeEach(async () => {
    await ctx.import({ file: ctx.write('good.csv', RUSSIAN_ORDERS), table: 'orders' });
    before = await ctx.snapshot();
  });

  /** Imports rows under HEADER (file row 2 onwards) and expects a rejection with nothing written. */
  async function rejected(name: string, lines: string[]): Promise<ImportResult & { path: string }> {
    const path = ctx.write(name, [HEADER, ...lines].join('\n'));
    const r = await ctx.import({ file: path, table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.rowsInserted).toBe(0);
    expect(await ctx.snapshot()).toEqual(before);
    expect(listImports(ctx.store)[0]).toMatchObject({ status: 'rejected', errorCount: r.errorCount });
    return { ...r, path };
  }

  async function thrown(path: string, message: string | RegExp, code: string): Promise<void> {
    await expect(ctx.import({ file: path, table: 'orders' })).rejects.toMatchObject({
      name: 'IngestError',
      code,
    });
    await expect(ctx.import({ file: path, table: 'orders' })).rejects.toThrow(message);
    expect(await ctx.snapshot()).toEqual(before);
    expect(listImports(ctx.store)[0]?.status).toBe('failed');
  }

  it('missing file', async () => {
    await thrown(`${ctx.dir}/nope.csv`, `${ctx.dir}/nope.csv: file not found`, 'missing_file');
  });

  it('empty file', async () => {
    await thrown(ctx.write('empty.csv', ''), /empty\.csv: the file is empty/, 'empty_file');
  });

  it('header only', async () => {
    await thrown(
      ctx.write('header.csv', `${HEADER}\n`),
      /header\.csv: no data rows below the header/,
      'no_data_rows',
    );
  });

  it('unknown encoding: UTF-16 and random bytes', async () => {
    await thrown(
      ctx.write('u16.csv', iconv.encode(RUSSIAN_ORDERS, 'utf16le', { addBOM: true })),
      /unknown encoding/,
      'unknown_encoding',
    );
    const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    await thrown(ctx.write('random.csv', random), /random\.csv: unknown encoding/, 'unknown_encoding');
  });

  it('invalid bytes past the sniffed head: the file is rejected, naming the line', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `${i};c${i};01.03.2024;${i};1`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n${body}\n`), Buffer.from([0xcf, 0xf0, 0xe8, 0x0a])]);
    const path = ctx.write('late.csv', bytes);
    const r = await ctx.import({ file: path, table: 'orders' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toContainEqual(
      expect.objectContaining({ row: 20002, reason: REASONS.en.malformed.unicode }),
    );
    expect(await ctx.snapshot()).toEqual(before);
  });

  it('unsupported extension', async () => {
    await thrown(
      ctx.write('deals.xls', '<table></table>'),
      /deals\.xls: unsupported file type ".xls"/,
      'unsupported_format',
    );
  });

  it('missing required column: names it, the headers found and the synonyms accepted', async () => {
    const path = ctx.write('nocust.csv', 'Номер заказа;Дата;Сумма\n1;01.03.2024;10\n');
    await thrown(
      path,
      /missing required column "customer_id" for orders \(accepted headers: customer_id, ID клиента, Клиент,.*\); headers found: Номер заказа, Дата, Сумма\./,
      'missing_column',
    );
  });

  it('unparseable date', async () => {
    const r = await rejected('date.csv', ['1;00004;01.03.2024;10;1', '2;00005;31.02.2024;10;1']);
    expect(r.errors).toEqual([
      {
        file: r.path,
        row: 3,
        column: 'Дата',
        value: '31.02.2024',
        reason: 'not a date (expected dd.mm.yyyy [HH:MM[:SS]] or yyyy-mm-dd [HH:MM[:SS]])',
      },
    ]);
  });

  it('negative items and revenue', async () => {
    const r = await rejected('neg.csv', ['1;00004;01.03.2024;10;-1', '2;00005;01.03.2024;-5;1']);
    expect(r.errors).toEqual([
      { file: r.path, row: 2, column: 'Количество', value: '-1', reason: NEGATIVE_RETURNS },
      { file: r.path, row: 3, column: 'Сумма', value: '-5', reason: NEGATIVE_RETURNS },
    ]);
  });

  it('text in a number and a missing required value', async () => {
    const r = await rejected('text.csv', ['1;00004;01.03.2024;десять;1', '2;;01.03.2024;10;1']);
    expect(r.errors).toEqual([
      { file: r.path, row: 2, column: 'Сумма', value: 'десять', reason: 'not a number' },
      { file: r.path, row: 3, column: 'Клиент', value: null, reason: 'required value is missing' },
    ]);
    expect(r.errorCount).toBe(2);
  });

  it('order lines that disagree on customer or date', async () => {
    const r = await rejected('dup.csv', [
      '7;00004;01.03.2024;10;1',
      '7;00004;01.03.2024;5;1',
      '7;00009;02.03.2024;5;1',
    ]);
    expect(r.errors).toEqual([
      {
        file: r.path,
        row: 4,
        column: 'Дата',
        value: '02.03.2024',
        reason: 'order 7 has a different ts than its first line (row 2)',
      },
      {
        file: r.path,
        row: 4,
        column: 'Клиент',
        value: '00009',
        reason: 'order 7 has a different customer_id than its first line (row 2)',
      },
    ]);
  });

  it('duplicate lead ids within a file', async () => {
    const path = ctx.write(
      'leads.csv',
      'ID;Дата создания;Статус\nL1;01.03.2024;Принят\nL2;01.03.2024;Принят\nL1;02.03.2024;Отказ\n',
    );
    const r = await ctx.import({ file: path, table: 'leads' });
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([
      { file: path, row: 4, column: 'ID', value: 'L1', reason: 'duplicate lead_id (first at row 2)' },
    ]);
    expect(await ctx.snapshot()).toEqual(before);
  });

  it('caps the listed errors at 1000 but counts them all', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `${i};c;01.03.2024;x;1`);
    const r = await rejected('many.csv', lines);
    expect(r.errors).toHaveLength(1000);
    expect(r.errorCount).toBe(1500);
    expect(r.errors[0]?.row).toBe(2);
  });
});

describe('the validation report in Russian', () => {
  const ctx = useWarehouse();

  it('writes every reason in the language asked for', async () => {
    const file = ctx.write(
      'ru.csv',
      'Номер заказа;Клиент;Дата;Сумма;Количество\n1;C1;32.01.2024;10;1\n2;;01.02.2024;много;-1\n3;C3;01.02.2024;5;1\n3;C4;01.02.2024;5;1\n',
    );
    const r = await ctx.import({ file, table: 'orders', lang: 'ru' });
    expect(r.status).toBe('rejected');
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, 'Дата', 'не дата (ожидается дд.мм.гггг [ЧЧ:ММ[:СС]] или гггг-мм-дд [ЧЧ:ММ[:СС]])'],
      [3, 'Клиент', 'нет обязательного значения'],
      [3, 'Количество', REASONS.ru.negativeReturns],
      [3, 'Сумма', 'не число'],
      [5, 'Клиент', 'у заказа 3 другое значение customer_id, чем в его первой строке (строка 4)'],
    ]);
  });
});

describe('whole-file errors in the user language', () => {
  const ctx = useWarehouse();

  it('says what is wrong with the file in Russian and English; `message` stays English', async () => {
    const file = ctx.write('no-amount.csv', 'Номер заказа;Клиент;Дата\n1;C1;01.02.2024\n');
    const err = await ctx.import({ file, table: 'orders' }).catch((e: unknown) => e);
    expect(messageIn(err, 'ru')).toMatch(/no-amount\.csv: нет обязательного столбца «revenue» для orders/);
    // The mapping in words, spelled by the surface: `--map` in the terminal, `map` in the API.
    expect(errorText(err, 'ru')).toMatch(
      /Укажите столбец в сопоставлении заголовков \(--map "<заголовок>=revenue"\)/,
    );
    expect(messageIn(err, 'en')).toMatch(/Name the column in the header mapping \(map "<header>=revenue"\)/);
    expect(messageIn(err, 'en')).toMatch(/missing required column "revenue"/);
    expect((err as Error).message).toBe(messageIn(err, 'en'));
    const empty = await ctx
      .import({ file: ctx.write('empty.csv', ''), table: 'orders' })
      .catch((e: unknown) => e);
    expect(messageIn(empty, 'ru')).toMatch(/empty\.csv: файл пуст$/);
  });
});
