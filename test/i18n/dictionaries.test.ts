import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { commanderMessagesEn, commanderMessagesRu } from '../../src/i18n/messages-commander.ts';
import { DICTIONARIES } from '../../web/src/i18n/translate.ts';

type Dict = Readonly<Record<string, unknown>>;

// Each placeholder once; one starting with "_" is English grammar read out of commander's text
// (`argument{_s}`), which Russian words differently.
const placeholders = (s: unknown) =>
  typeof s === 'string'
    ? [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].filter((p) => !p?.startsWith('_')).sort()
    : [];

// Every pair of dictionaries in a folder: a module exporting `xxxEn` and `xxxRu`, or a file pair
// `topic-en.ts` / `topic-ru.ts` — found by listing, so a new topic is checked from its first commit.
async function pairsIn(dir: string): Promise<Array<{ name: string; en: Dict; ru: Dict }>> {
  const pairs: Array<{ name: string; en: Dict; ru: Dict }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!name.endsWith('En') || typeof value !== 'object' || value === null) continue;
      const ruName = `${name.slice(0, -2)}Ru`;
      let ru = mod[ruName];
      if (ru === undefined && file.endsWith('-en.ts'))
        ru = ((await import(join(dir, file.replace(/-en\.ts$/, '-ru.ts')))) as Record<string, unknown>)[
          ruName
        ];
      pairs.push({ name: `${file} ${name}`, en: value as Dict, ru: ru as Dict });
    }
  }
  return pairs;
}

function expectSameShape(name: string, en: Dict, ru: Dict): void {
  expect(ru, `${name}: no Russian twin`).toBeTypeOf('object');
  expect(Object.keys(ru).sort(), `${name}: keys`).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    expect(placeholders(ru[key] ?? ''), `${name} ${key}: placeholders`).toEqual(placeholders(en[key] ?? ''));
    expect(en[key], `${name} ${key}: empty`).not.toBe('');
    expect(ru[key], `${name} ${key}: empty`).not.toBe('');
  }
}

describe('Russian and English dictionaries have the same keys and placeholders', () => {
  it('src/i18n: the CLI and server table as a whole', () => {
    expectSameShape('messages.ts', MESSAGES.en, MESSAGES.ru);
    expectSameShape('messages-commander.ts', commanderMessagesEn, commanderMessagesRu);
  });

  it('src/i18n: each topic file', async () => {
    const pairs = await pairsIn(join(import.meta.dirname, '../../src/i18n'));
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) expectSameShape(p.name, p.en, p.ru);
  });

  it('web/src/i18n: the workbench table and each topic file pair', async () => {
    expectSameShape('web dictionaries', DICTIONARIES.en, DICTIONARIES.ru);
    const pairs = await pairsIn(join(import.meta.dirname, '../../web/src/i18n'));
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) expectSameShape(p.name, p.en, p.ru);
  });
});
