import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clvFromFile } from '../../src/services/customers/clv-from-file.ts';
import { clvFitsFor, importInto, openWorkspace, UserError } from '../../src/services/index.ts';
import { DATASETS } from '../helpers/datasets.ts';

const sig4 = (v: number) => Number(v.toPrecision(4));

/**
 * The CDNOW 1/10 sample written as a Russian CRM would export it: `;`, decimal commas, dotted
 * dates, Russian headers. `edit` may spoil one data line (1-based among data lines).
 */
function cdnowExport(edit?: { line: number; to: (cells: string[]) => string[] }): string {
  const [, ...lines] = readFileSync(`${DATASETS}cdnow/cdnowElog_BTYD.csv`, 'utf8').trim().split('\n');
  const rows = lines.map((l, i) => {
    const [id, , date, , sales] = l.split(',').map((c) => c.replace(/"/g, ''));
    const d = date!;
    const cells = [
      `З-${i + 1}`,
      `К-${id}`,
      `${d.slice(6, 8)}.${d.slice(4, 6)}.${d.slice(0, 4)}`,
      sales!.replace('.', ','),
    ];
    return (edit && edit.line === i + 1 ? edit.to(cells) : cells).join(';');
  });
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-clv-file-'));
  const file = join(dir, 'заказы.csv');
  writeFileSync(file, ['Номер заказа;Клиент;Дата;Сумма', ...rows].join('\n'));
  return file;
}

describe('CLV straight from an orders file (no import)', () => {
  it('reads a Russian export in place and reproduces the published CDNOW estimates', async () => {
    const res = await clvFromFile({ file: cdnowExport(), calibrationEnd: '1997-09-30', unit: 'week' });
    expect(res.readPath).toBe('in-place');
    const [bg, gg] = res.fits;
    expect(bg!.model).toBe('bgnbd');
    expect(bg!.customers).toBe(2357);
    expect(Object.values(bg!.params).map(sig4)).toEqual([0.2426, 4.414, 0.7929, 2.426]);
    expect(bg!.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(gg!.model).toBe('gg');
    expect(gg!.convergence).toBe('converged');
  });

  it('gives exactly what the import-then-fit path gives', async () => {
    const file = cdnowExport();
    const direct = await clvFromFile({ file, calibrationEnd: '1997-09-30', unit: 'week' });
    const ws = await openWorkspace(':memory:');
    try {
      expect((await importInto(ws, { file, table: 'orders' })).status).toBe('imported');
      const fits = await clvFitsFor(ws, { calibrationEnd: '1997-09-30', unit: 'week' });
      expect(direct.fits[0]!.params).toEqual(fits.bgnbd.params);
      expect(direct.fits[1]!.params).toEqual(fits.gammaGamma.params);
      expect(direct.fits[0]!.rows).toBe(fits.bgnbd.rows);
    } finally {
      await ws.close();
    }
  });

  it('defaults the calibration end to the last order date in the file', async () => {
    const res = await clvFromFile({ file: cdnowExport(), unit: 'week', models: ['bgnbd'] });
    expect(res.calibrationEnd).toBe('1998-06-30');
    expect(res.fits).toHaveLength(1);
  });

  it('names the line and column of a row that breaks an import rule, and writes nothing', async () => {
    // Data line 41 is file line 42 (the header is line 1).
    const file = cdnowExport({ line: 41, to: (c) => [c[0]!, c[1]!, c[2]!, '-15,50'] });
    const err = await clvFromFile({ file, calibrationEnd: '1997-09-30', unit: 'week' }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).text.en).toMatch(/row 42, column «Сумма»/);
    expect((err as UserError).text.ru).toMatch(/строка 42, столбец «Сумма»/);
  });

  it('checks the columns a fit reads, not the others: a blank order number does not stop it', async () => {
    const blankId = cdnowExport({ line: 7, to: (c) => ['  ', c[1]!, c[2]!, c[3]!] });
    const res = await clvFromFile({ file: blankId, calibrationEnd: '1997-09-30', unit: 'week' });
    expect(res.readPath).toBe('in-place');
    expect(res.fits[0]!.customers).toBe(2357);
    // A blank customer is refused, naming the row; the command the message points to exists.
    const blankCustomer = cdnowExport({ line: 7, to: (c) => [c[0]!, '\u00a0 ', c[2]!, c[3]!] });
    const err = await clvFromFile({ file: blankCustomer, calibrationEnd: '1997-09-30', unit: 'week' }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).text.en).toMatch(/row 8, column «Клиент»/);
    expect((err as UserError).text.en).toContain(`\`fulcrum import ${blankCustomer} --table orders\``);
    expect((err as UserError).text.ru).toContain(`\`fulcrum import ${blankCustomer} --table orders\``);
    // The suggested import reads the file as the fit did: its path quoted, the same mapping.
    const spaced = join(mkdtempSync(join(tmpdir(), 'fulcrum clv ')), "Bob's orders.csv");
    writeFileSync(spaced, readFileSync(blankCustomer));
    const mapped = await clvFromFile({
      file: spaced,
      calibrationEnd: '1997-09-30',
      unit: 'week',
      map: { Клиент: 'customer_id' },
    }).catch((e) => e);
    expect((mapped as UserError).text.en).toContain(
      `\`fulcrum import '${spaced.replace("'", "'\\''")}' --table orders --map Клиент=customer_id\``,
    );
    // An empty cell, NULL as read, is refused the same way.
    const empty = cdnowExport({ line: 9, to: (c) => [c[0]!, '', c[2]!, c[3]!] });
    const none = await clvFromFile({ file: empty, calibrationEnd: '1997-09-30', unit: 'week' }).catch(
      (e) => e,
    );
    expect((none as UserError).text.en).toMatch(/row 10, column «Клиент»/);
    // A padded customer id is only trimmed, as the import trims it: the same customers. The
    // in-place read checks ids once per customer and leaves such a file to the importer.
    const padded = cdnowExport({ line: 7, to: (c) => [c[0]!, `\u00a0${c[1]!} `, c[2]!, c[3]!] });
    const same = await clvFromFile({ file: padded, calibrationEnd: '1997-09-30', unit: 'week' });
    expect(same.readPath).toBe('imported');
    expect(same.fits[0]!.customers).toBe(2357);
    expect(same.fits[0]!.params).toEqual(res.fits[0]!.params);
  });

  it('checks the amounts only when Gamma-Gamma reads them', async () => {
    const negative = cdnowExport({ line: 41, to: (c) => [c[0]!, c[1]!, c[2]!, '-15,50'] });
    const bgOnly = await clvFromFile({
      file: negative,
      calibrationEnd: '1997-09-30',
      unit: 'week',
      models: ['bgnbd'],
    });
    expect(bgOnly.readPath).toBe('in-place');
    expect(bgOnly.fits[0]!.customers).toBe(2357);
    await expect(clvFromFile({ file: negative, calibrationEnd: '1997-09-30', unit: 'week' })).rejects.toThrow(
      /row 42/,
    );
  });

  it('refuses a file without the columns a fit needs, naming what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-clv-file-'));
    const file = join(dir, 'no-money.csv');
    writeFileSync(file, 'Клиент;Дата\nК-1;01.01.2024\n');
    await expect(clvFromFile({ file, unit: 'week' })).rejects.toThrow(/revenue|Сумма|выручк/i);
  });

  it('refuses bad options before reading anything', async () => {
    await expect(clvFromFile({ file: 'nowhere.csv', unit: 'fortnight' })).rejects.toThrow(/unknown unit/);
    await expect(
      clvFromFile({ file: 'nowhere.csv', unit: 'week', calibrationEnd: '30.09.1997' }),
    ).rejects.toThrow(/must be a date/);
    await expect(clvFromFile({ file: 'nowhere.csv', unit: 'week' })).rejects.toThrow(/not found/);
  });
});
