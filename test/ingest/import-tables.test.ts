import { describe, expect, it } from 'vitest';
import { useWarehouse } from './helpers.ts';

describe('leads, spend and costs', () => {
  const ctx = useWarehouse();

  it('maps amoCRM and Bitrix24 stage names to lead statuses', async () => {
    const csv = [
      'ID,Дата создания сделки,Этап сделки,Источник,Контакт',
      '101,01.03.2024 10:00:00,Успешно реализовано,Сайт,00004',
      '102,01.03.2024 11:00:00,Закрыто и не реализовано,Сайт,',
      '103,02.03.2024 09:00:00,В работе,Авито,',
      '104,02.03.2024 09:30:00,принят,Авито,',
    ].join('\n');
    const r = await ctx.import({ file: ctx.write('amo.csv', csv), table: 'leads' });
    expect(r).toMatchObject({ status: 'imported', delimiter: ',', rowsInserted: 4 });
    expect(await ctx.rows(`SELECT lead_id, status, channel, customer_id FROM leads ORDER BY 1`)).toEqual([
      { lead_id: '101', status: 'converted', channel: 'Сайт', customer_id: '00004' },
      { lead_id: '102', status: 'rejected', channel: 'Сайт', customer_id: null },
      { lead_id: '103', status: 'accepted', channel: 'Авито', customer_id: null },
      { lead_id: '104', status: 'accepted', channel: 'Авито', customer_id: null },
    ]);
  });

  it('names an unknown status value', async () => {
    const path = ctx.write('bad.csv', 'ID;Дата;Статус\n1;01.03.2024;Думает\n');
    const r = await ctx.import({ file: path, table: 'leads' });
    expect(r.errors).toEqual([
      {
        file: path,
        row: 2,
        column: 'Статус',
        value: 'Думает',
        reason: 'unknown status "Думает" (expected accepted, rejected, converted or a CRM stage name)',
      },
    ]);
  });

  it('imports a Яндекс Директ report: title rows, Расход (руб.), Итого', async () => {
    const csv = [
      'Статистика по дням',
      'Период: 01.03.2024 - 02.03.2024',
      '',
      'Все кампании',
      'Дата;Кампания;Показы;Клики;CTR (%);Расход (руб.)',
      '01.03.2024;Поиск;10 000;250;2,5;12 500,40',
      '02.03.2024;Поиск;8 000;200;2,5;9 999,60',
      'Итого;;18 000;450;2,5;22 500,00',
    ].join('\n');
    const r = await ctx.import({ file: ctx.write('direct.csv', csv), table: 'spend' });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 2 });
    expect(r.warnings).toContain('column "CTR (%)" is not part of spend and is ignored');
    expect(
      await ctx.rows(`SELECT sum(amount) AS a, sum(impressions) AS i, sum(clicks) AS c FROM spend`),
    ).toEqual([{ a: 22500, i: 18000, c: 450 }]);
  });

  it('rejects a repeated date+channel in spend and fractional clicks', async () => {
    const path = ctx.write(
      'spend.csv',
      'date,channel,spent,clicks\n2024-03-01,vk,10,1\n2024-03-01,vk,20,1.5\n',
    );
    const r = await ctx.import({ file: path, table: 'spend' });
    expect(r.errors).toEqual([
      { file: path, row: 3, column: 'clicks', value: '1.5', reason: 'not a whole number' },
      {
        file: path,
        row: 3,
        column: 'date + channel',
        value: '2024-03-01 / vk',
        reason: 'duplicate date + channel (first at row 2)',
      },
    ]);
  });

  it('reads months in four spellings and Russian cost kinds', async () => {
    const csv = [
      'Месяц;Статья;Сумма',
      '2024-01;Себестоимость;100',
      '2024-02-01;Коммерческие расходы;200',
      '03.2024;Административные;300',
      '01.04.2024;Прочие;400',
    ].join('\n');
    const r = await ctx.import({ file: ctx.write('costs.csv', csv), table: 'costs' });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 4 });
    const rows = await ctx.rows(`SELECT CAST(month AS VARCHAR) AS month, kind, amount FROM costs ORDER BY 1`);
    expect(rows).toEqual([
      { month: '2024-01-01', kind: 'cogs', amount: 100 },
      { month: '2024-02-01', kind: 'sga', amount: 200 },
      { month: '2024-03-01', kind: 'sga', amount: 300 },
      { month: '2024-04-01', kind: 'other', amount: 400 },
    ]);
    // Re-importing one month replaces that month+kind only.
    const fix = await ctx.import({
      file: ctx.write('fix.csv', 'month;kind;amount\n2024-01;cogs;150\n'),
      table: 'costs',
    });
    expect(fix).toMatchObject({ rowsInserted: 1, rowsReplaced: 1 });
    expect(await ctx.rows(`SELECT sum(amount) AS s, count(*) AS n FROM costs`)).toEqual([{ s: 1050, n: 4 }]);
  });

  it('names an unknown cost kind', async () => {
    const path = ctx.write('kinds.csv', 'month;kind;amount\n2024-01;налоги;1\n');
    const r = await ctx.import({ file: path, table: 'costs' });
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'kind', value: 'налоги' });
    expect(r.errors[0]?.reason).toMatch(/^unknown cost kind "налоги"/);
  });
});
