import type { Dialect } from '../sql/dialect.ts';
import type { FieldKind } from './contract.ts';
import { COST_KIND_VALUES, LEAD_STATUS_VALUES } from './value-maps.ts';
import type { Lang } from '../i18n/locale.ts';

/** Languages a validation report is written in: the product's (src/i18n). */
export type ReasonLang = Lang;

/**
 * Why a cell is refused, in each language. `{name}` marks a value filled in per row by SQL
 * (the cell, the first row of a duplicate, the order id) or per rule (the field).
 */
export interface Reasons {
  missing: string;
  parse: Record<FieldKind, string>;
  negative: string;
  negativeReturns: string;
  duplicate: string;
  orderConflict: string;
  /** More decimal places than stored (`{places}`): refused rather than rounded. */
  tooPrecise: string;
  /** «1_000»: DuckDB's cast would read it as 1000. */
  digitGroups: string;
  /** «1e3», «1,2E+05»: Excel's form of a number it has already rounded. */
  exponent: string;
  /** A time with a zone offset or «Z»: dropping it would shift the instant. */
  zone: string;
  /** A day field (spend.date) given a time other than midnight: dropping it would hide hourly rows. */
  timeOfDay: string;
  /** Rows the CSV reader could not split into the header's cells; `{found}`, `{expected}` counts. */
  malformed: {
    short: string;
    long: string;
    quote: string;
    unicode: string;
    lineSize: string;
    other: string;
  };
}

const statuses = Object.keys(LEAD_STATUS_VALUES).join(', ');
const kinds = Object.keys(COST_KIND_VALUES).join(', ');

export const REASONS: Record<ReasonLang, Reasons> = {
  en: {
    missing: 'required value is missing',
    parse: {
      id: 'not an id',
      text: 'not text',
      timestamp: 'not a date (expected dd.mm.yyyy [HH:MM[:SS]] or yyyy-mm-dd [HH:MM[:SS]])',
      date: 'not a date (expected dd.mm.yyyy or yyyy-mm-dd)',
      month: 'not a month (expected 2024-03, 2024-03-01, 03.2024 or 01.03.2024)',
      money: 'not a number',
      quantity: 'not a number',
      count: 'not a whole number',
      lead_status: `unknown status "{value}" (expected ${statuses} or a CRM stage name)`,
      cost_kind: `unknown cost kind "{value}" (expected ${kinds} or a P&L line name)`,
    },
    negative: 'must not be negative',
    negativeReturns:
      'negative values are not supported yet: returns must be a separate file (negative items or revenue)',
    duplicate: 'duplicate {field} (first at row {row})',
    orderConflict: 'order {order} has a different {field} than its first line (row {row})',
    tooPrecise:
      'more than {places} decimal places: values are stored exactly to {places} places and never rounded (round them in the source)',
    digitGroups: 'digit groups separated by «_» are not read (write 1000 or 1 000)',
    exponent:
      'a number in exponent form (1e3, 1,2E+05) is not read: Excel writes long numbers so after rounding them (format the column as a number)',
    zone: 'a time-zone offset («+03:00», «Z») is not accepted: times are stored as local time, as written (export them without an offset)',
    timeOfDay:
      'a date with a time of day: this field is a day, and the time would be dropped (an hourly export? export by day, or give the date only; 00:00 is accepted)',
    malformed: {
      short:
        'the row has {found} cells, the header {expected}: a short row (the file may be cut off); nothing was padded',
      long: 'the row has {found} cells, the header {expected}: extra cells (an unquoted delimiter?)',
      quote:
        'unterminated quote or text after a closing quote: a quoted value must end with " before the delimiter or the line end (the file may be cut off inside a quoted value)',
      unicode: 'not valid UTF-8 text, though the start of the file is (save the whole file as «CSV UTF-8»)',
      lineSize: 'the line is longer than 2 MB: a quote left open or a damaged file',
      other: 'the row cannot be read as delimited text (the file may be damaged)',
    },
  },
  ru: {
    missing: 'нет обязательного значения',
    parse: {
      id: 'не идентификатор',
      text: 'не текст',
      timestamp: 'не дата (ожидается дд.мм.гггг [ЧЧ:ММ[:СС]] или гггг-мм-дд [ЧЧ:ММ[:СС]])',
      date: 'не дата (ожидается дд.мм.гггг или гггг-мм-дд)',
      month: 'не месяц (ожидается 2024-03, 2024-03-01, 03.2024 или 01.03.2024)',
      money: 'не число',
      quantity: 'не число',
      count: 'не целое число',
      lead_status: `неизвестный статус «{value}» (ожидается ${statuses} или название этапа CRM)`,
      cost_kind: `неизвестный вид затрат «{value}» (ожидается ${kinds} или строка отчёта о прибылях)`,
    },
    negative: 'не может быть отрицательным',
    negativeReturns:
      'отрицательные значения пока не поддерживаются: возвраты загружайте отдельным файлом (отрицательное количество или сумма)',
    duplicate: 'повтор {field} (впервые в строке {row})',
    orderConflict: 'у заказа {order} другое значение {field}, чем в его первой строке (строка {row})',
    tooPrecise:
      'больше {places} знаков после запятой: значения хранятся точно, до {places} знаков, и никогда не округляются (округлите их в источнике)',
    digitGroups: 'разряды, разделённые «_», не читаются (пишите 1000 или 1 000)',
    exponent:
      'число в экспоненциальной записи (1e3, 1,2E+05) не читается: так Excel пишет длинные числа, уже округлив их (задайте столбцу числовой формат)',
    zone: 'смещение часового пояса («+03:00», «Z») не принимается: время хранится как местное, как записано (выгрузите его без смещения)',
    timeOfDay:
      'дата со временем суток: это поле — день, и время было бы отброшено (почасовая выгрузка? выгрузите по дням или укажите только дату; 00:00 принимается)',
    malformed: {
      short:
        'в строке ячеек: {found}, в заголовке: {expected} — строка короче заголовка (файл обрезан?); пустые ячейки не добавляются',
      long: 'в строке ячеек: {found}, в заголовке: {expected} — лишние ячейки (разделитель без кавычек?)',
      quote:
        'незакрытая кавычка или текст после закрывающей кавычки: значение в кавычках должно заканчиваться " перед разделителем или концом строки (файл обрезан внутри значения в кавычках?)',
      unicode: 'текст не в UTF-8, хотя начало файла в UTF-8 (сохраните весь файл как «CSV UTF-8»)',
      lineSize: 'строка длиннее 2 МБ: незакрытая кавычка или повреждённый файл',
      other: 'строку не удалось прочитать как текст с разделителями (файл может быть повреждён)',
    },
  },
};

/**
 * A reason as an SQL text expression: literal parts quoted, `{name}` replaced by the SQL
 * expression given for it (a column such as first_row), or by a literal when given as text.
 */
export function reasonSql(
  d: Dialect,
  template: string,
  sqlVars: Record<string, string> = {},
  textVars: Record<string, string> = {},
): string {
  const parts: string[] = [];
  let literal = '';
  for (const piece of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name !== undefined && sqlVars[name] !== undefined) {
      if (literal) parts.push(d.stringLiteral(literal));
      literal = '';
      parts.push(`CAST(${sqlVars[name]} AS VARCHAR)`);
    } else {
      literal += name !== undefined && textVars[name] !== undefined ? textVars[name] : piece;
    }
  }
  if (literal || parts.length === 0) parts.push(d.stringLiteral(literal));
  return parts.join(' || ');
}
