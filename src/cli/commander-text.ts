import type { Lang } from '../i18n/locale.ts';
import { commanderMessagesEn, commanderMessagesRu } from '../i18n/messages-commander.ts';

type Key = keyof typeof commanderMessagesEn;

const MESSAGES: Record<Lang, Record<Key, string>> = { en: commanderMessagesEn, ru: commanderMessagesRu };

// An English template as a pattern that gives its placeholders back: commander has no hook that
// hands over the values, only the finished English line.
function pattern(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(part);
      return '(.*?)';
    })
    .join('');
  return { re: new RegExp(`^${source}$`, 's'), names };
}

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);

// Line by line: the error comes first, commander's suggestion ("(Did you mean --lang?)") next.
const LINE_KEYS = (Object.keys(commanderMessagesEn) as Key[]).filter((k) => k !== 'commander.optionName');
const PATTERNS = LINE_KEYS.map((key) => ({ key, ...pattern(commanderMessagesEn[key]) }));
const OPTION = pattern(commanderMessagesEn['commander.optionName']);

function translateLine(line: string, lang: Lang): string {
  for (const { key, re, names } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    for (const side of ['a', 'b'])
      if (params[side] !== undefined) {
        const o = OPTION.re.exec(params[side]);
        if (o) params[side] = fill(MESSAGES[lang]['commander.optionName'], { flags: o[1] ?? '' });
      }
    return fill(MESSAGES[lang][key], params);
  }
  return line;
}

/**
 * Commander's parse error (unknown option, missing argument, an option without its value…) in
 * the user's language; a line commander writes in a shape not listed stays as it is.
 */
export function commanderText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => translateLine(line, lang))
    .join('\n');
}
