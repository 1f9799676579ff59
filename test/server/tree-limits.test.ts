import { describe, expect, it } from 'vitest';
import { MAX_TREE_DEPTH } from '../../src/core/formula/index.ts';
import { testApp } from './helpers.ts';

const label = (id: string) => ({ ru: id, en: id });

/** A stored tree's text: revenue `ids[0]`, each node the sum of the next, the last one a measure. */
function chainText(ids: readonly string[]): string {
  const nodes = ids.map((id, i) =>
    i === ids.length - 1
      ? { id, kind: 'measure', measure: 'revenue', unit: 'money', label: label(id) }
      : { id, kind: 'sum', of: [ids[i + 1]], unit: 'money', label: label(id) },
  );
  return JSON.stringify({ id: 'deep', label: label('deep'), revenue: ids[0], levers: [ids.at(-1)], nodes });
}

type ErrorBody = { error: { code: string; field: string; message: string } };

describe('POST /api/models limits', () => {
  const post = async (definition: string, lang: 'ru' | 'en') => {
    const t = await testApp();
    const res = await t.asToken('analyst', '/api/models', {
      method: 'POST',
      body: JSON.stringify({ definition }),
      headers: { 'content-type': 'application/json', 'accept-language': lang },
    });
    const list = (await (await t.asToken('analyst', '/api/models')).json()) as { id: string }[];
    return { status: res.status, body: (await res.json()) as ErrorBody, stored: list.map((m) => m.id) };
  };

  it('stored XSS: a node id with markup is refused with a bilingual 400 and nothing is stored', async () => {
    const text = chainText(['revenue', '<img src=x onerror=alert(1)>']);
    const en = await post(text, 'en');
    expect(en.status).toBe(400);
    expect(en.body.error.field).toBe('definition');
    expect(en.body.error.message).toContain('nodes.1.id: id "<img src=x onerror=alert(1)>" is not allowed');
    expect(en.stored).not.toContain('deep');
    const ru = await post(text, 'ru');
    expect(ru.body.error.message).toContain('недопустимое дерево формулы «deep»');
    expect(ru.body.error.message).toContain('недопустим: 1–64 буквы, цифры');
  });

  it('a 2,500-level formula tree is refused at upload with a bilingual 400, not a 500 later', async () => {
    const text = chainText(Array.from({ length: 2500 }, (_, i) => `n${i}`));
    const en = await post(text, 'en');
    expect(en.status).toBe(400);
    expect(en.body.error.message).toContain(
      `the tree is 2500 levels deep (n0 → n1 → n2 → … → n2499); at most ${MAX_TREE_DEPTH} levels are allowed`,
    );
    expect(en.stored).not.toContain('deep');
    const ru = await post(text, 'ru');
    expect(ru.body.error.message).toContain(`допускается не больше ${MAX_TREE_DEPTH}`);
  });
});
