import type { Lang } from './locale.ts';

/** Every user-facing CLI string, in English; Russian must have the same keys (checked by the type). */
const en = {
  'report.title': 'Fulcrum — profit formula report',
  'report.data': 'Data: {db}',
  'report.periods': 'Period {after} against {before}',
  'report.formula': 'Profit formula',
  'report.node': 'Indicator',
  'report.before': 'Before',
  'report.after': 'After',
  'report.change': 'Change',
  'report.attribution': 'Where the revenue change came from ({method})',
  'report.attribution.profit': 'Where the profit change came from ({method})',
  'report.attribution.total': 'Total change',
  'report.levers': 'Lever table: each lever +{step}',
  'report.levers.lever': 'Lever',
  'report.levers.revenue': 'Revenue',
  'report.levers.profit': 'Profit',
  'report.levers.all': 'All levers together',
  'report.constraint': 'Key constraint by {dim}',
  'report.constraint.lever': 'Lever',
  'report.constraint.p75': '75th percentile',
  'report.constraint.below': 'Segments below',
  'report.constraint.potential': 'Revenue potential',
  'report.constraint.key':
    'Key constraint: {lever} — {potential} of revenue if the {count} weaker {dim} values reach the 75th percentile; start with {segments}.',
  'report.constraint.none': 'No lever has segments below the 75th percentile.',
  'method.lmdi': 'LMDI, order-independent, no residual',
  'method.chain': 'chain substitution, order {order}',
  'progress.generate': 'Generating the sample company',
  'progress.import': 'Importing {table}',
  'progress.query': 'Computing the formula',
  'sample.ready': 'Sample company ready: {db}',
  'error.prefix': 'Error',
  'whatif.result': 'Result',
  'goalseek.title': 'To reach {target}',
  'import.done': 'Imported {rows} rows into {table} from {file} ({replaced} replaced) in {seconds} s',
  'import.rejected': 'Nothing imported: {count} problems in {file}',
  'import.skipped': '{file} was already imported into {table}; nothing changed (use --force to import again)',
  'import.warning': 'Warning',
  'generate.done':
    'Wrote {orders} order lines, {leads} leads, {spend} spend rows, {costs} cost rows to {dir} in {seconds} s',
  'formula.segments': 'By {dim}',
  'formula.segment': 'Segment',
  'stage.output': 'Output {output}: the constraint is «{stage}»',
  'serve.listening': 'Fulcrum is running at {url} (Ctrl+C to stop)',
  'serve.demo': 'Demo account created — login: {login}  password: {password}',
  'serve.noWeb':
    'The workbench is not built yet: run `npm run build:web`; the API and {url}api/docs work meanwhile',
  'user.added': 'User {login} ({role}) added',
  'user.password': 'Password: {password} (shown once)',
};
export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  'report.title': 'Fulcrum — отчёт по формуле прибыли',
  'report.data': 'Данные: {db}',
  'report.periods': 'Период {after} против {before}',
  'report.formula': 'Формула прибыли',
  'report.node': 'Показатель',
  'report.before': 'Было',
  'report.after': 'Стало',
  'report.change': 'Изменение',
  'report.attribution': 'Из чего сложилось изменение выручки ({method})',
  'report.attribution.profit': 'Из чего сложилось изменение прибыли ({method})',
  'report.attribution.total': 'Всего изменение',
  'report.levers': 'Таблица рычагов: каждый рычаг +{step}',
  'report.levers.lever': 'Рычаг',
  'report.levers.revenue': 'Выручка',
  'report.levers.profit': 'Прибыль',
  'report.levers.all': 'Все рычаги вместе',
  'report.constraint': 'Ключевое ограничение по измерению {dim}',
  'report.constraint.lever': 'Рычаг',
  'report.constraint.p75': '75-й перцентиль',
  'report.constraint.below': 'Сегментов ниже',
  'report.constraint.potential': 'Потенциал выручки',
  'report.constraint.key':
    'Ключевое ограничение: {lever} — {potential} выручки, если {count} отстающих ({dim}) дотянутся до 75-го перцентиля; начните с {segments}.',
  'report.constraint.none': 'Ни у одного рычага нет сегментов ниже 75-го перцентиля.',
  'method.lmdi': 'LMDI, не зависит от порядка, без остатка',
  'method.chain': 'цепные подстановки, порядок {order}',
  'progress.generate': 'Генерация демо-компании',
  'progress.import': 'Загрузка {table}',
  'progress.query': 'Расчёт формулы',
  'sample.ready': 'Демо-компания готова: {db}',
  'error.prefix': 'Ошибка',
  'whatif.result': 'Результат',
  'goalseek.title': 'Чтобы получить {target}',
  'import.done': 'Загружено {rows} строк в {table} из {file} (заменено {replaced}) за {seconds} с',
  'import.rejected': 'Ничего не загружено: {count} ошибок в {file}',
  'import.skipped': '{file} уже загружен в {table}; ничего не изменилось (--force, чтобы загрузить снова)',
  'import.warning': 'Предупреждение',
  'generate.done':
    'Записано {orders} строк заказов, {leads} лидов, {spend} строк расходов, {costs} строк затрат в {dir} за {seconds} с',
  'formula.segments': 'По измерению {dim}',
  'formula.segment': 'Сегмент',
  'stage.output': 'Выпуск {output}: ограничение — «{stage}»',
  'serve.listening': 'Fulcrum работает: {url} (Ctrl+C — остановить)',
  'serve.demo': 'Создан демо-доступ — логин: {login}  пароль: {password}',
  'serve.noWeb':
    'Рабочее место ещё не собрано: выполните `npm run build:web`; API и {url}api/docs уже работают',
  'user.added': 'Пользователь {login} ({role}) добавлен',
  'user.password': 'Пароль: {password} (показан один раз)',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ru };

/** A translator bound to a language; `{name}` placeholders are filled from params. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translator for a language. */
export function translator(lang: Lang): Translate {
  return (key, params = {}) =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
