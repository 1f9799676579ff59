/**
 * The journey map's route answers on the sample company exactly what src/contract/journey.ts
 * declares (route-answer-harness.ts), for each preset and in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerApp } from './route-answer-harness.ts';

describe('route answers: journey', () => {
  let a: Awaited<ReturnType<typeof answerApp>>;
  beforeAll(async () => {
    a = await answerApp();
  }, 180_000);
  afterAll(() => a.close());

  it('GET /api/journey for every preset, with and without a period', async () => {
    for (const preset of ['b2c', 'b2b', 'clinic']) {
      const map = (await a.expectAnswer('GET /api/journey', `/api/journey?preset=${preset}`)) as {
        stages: unknown[];
      };
      expect(map.stages).toHaveLength(6);
    }
    await a.expectAnswer('GET /api/journey', '/api/journey?period=2025-01..2025-06', { lang: 'en' });
  });

  it('GET and PUT /api/journey/map', async () => {
    const got = (await a.expectAnswer('GET /api/journey/map', '/api/journey/map')) as { map: unknown };
    await a.expectAnswer('PUT /api/journey/map', '/api/journey/map', { body: got.map });
  });

  it('called every journey route', () => {
    a.expectAllCalled((route) => route.startsWith('GET /api/journey'));
  });
});
