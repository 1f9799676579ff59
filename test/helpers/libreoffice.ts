import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice's headless `soffice` on PATH (Debian: `apt-get install --no-install-recommends
 * libreoffice-calc-nogui`), or null. `SOFFICE` names another binary.
 */
export function findSoffice(): string | null {
  const candidates = process.env['SOFFICE']
    ? [process.env['SOFFICE']]
    : (process.env['PATH'] ?? '')
        .split(delimiter)
        .flatMap((d) => [join(d, 'soffice'), join(d, 'libreoffice')]);
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  return null;
}

// LibreOffice keeps an xlsx file's cached formula results unless told to recalculate on load
// ("Never recalculate" is its default for Excel 2007+ files); 0 means "always".
const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each workbook in headless LibreOffice Calc, recalculates every formula and saves it as
 * xlsx into `outDir` (same file names). One soffice process for all files: its start-up is most
 * of the cost. A private profile in `workDir` keeps runs from sharing (and locking) a user profile.
 */
export function recalcWithLibreOffice(soffice: string, files: readonly string[], workDir: string): string[] {
  const profile = join(workDir, 'lo-profile');
  const outDir = join(workDir, 'recalculated');
  mkdirSync(join(profile, 'user'), { recursive: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALC);
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0)
    throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
  return files.map((f) => join(outDir, basename(f)));
}

/**
 * Opens CSV files the way a spreadsheet in that locale does on a double click, and saves each as
 * xlsx into `workDir/opened`: Russian reads `;` as the separator and `1234,5` as a number
 * (LibreOffice's CSV filter: separator, quote, UTF-8, first line, no column types, the locale's
 * language id, quoted fields not forced to text, special numbers such as dates detected).
 */
export function openCsvWithLibreOffice(
  soffice: string,
  files: readonly string[],
  workDir: string,
  lang: 'ru' | 'en',
): string[] {
  const profile = join(workDir, 'lo-profile');
  const outDir = join(workDir, 'opened');
  mkdirSync(join(profile, 'user'), { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const filter = lang === 'ru' ? 'CSV:59,34,76,1,,1049,false,true' : 'CSV:44,34,76,1,,1033,false,true';
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      `--infilter=${filter}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0)
    throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
  return files.map((f) => join(outDir, basename(f).replace(/\.csv$/i, '.xlsx')));
}
