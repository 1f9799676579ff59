import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { generateCompany } from '../../src/generate/index.ts';
import { addUserModel, ensureSample } from '../../src/services/index.ts';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { ARTIFACTS } from './shots.ts';
import { signIn } from './login.ts';
import { OWNER, startTestServer, type TestServer } from './server.ts';

/**
 * Stored XSS through chart tooltips: labels from imported data (categories, products), from a
 * stored formula tree (node labels) and from the API (node ids, segment names, group labels) are
 * markup that would run if a tooltip inserted it as HTML. Each payload, if it ever became an
 * element, would request `x` from the server (seen even when the policy blocks its handler) and
 * set `window.__xss`.
 */
const mark = (n: number) => `<img src=x onerror=window.__xss=${n}>`;
const CATEGORY = mark(1);
const PRODUCT = mark(2);
const NODE_LABEL = mark(3);
const NODE_ID = mark(4);
const SEGMENT = mark(5);
const GROUP = mark(6);

/** Every chart the workbench draws, and the test below that hovers it with a hostile label. */
const CHARTS: Record<string, string> = {
  'funnel-sankey-option.ts': 'the product funnel by category and by product',
  'waterfall-option.ts': 'the compare waterfall',
  'tornado-option.ts': 'the levers tornado',
  'rfm-heatmap-option.ts': 'the RFM heatmap',
  'clv-validation-option.ts': 'the CLV check',
  'trend-option.ts': 'the month-by-month trend on the Formula page',
};
const CHARTS_DIR = fileURLToPath(new URL('../../web/src/charts', import.meta.url));

/** The generated company with hostile categories and a hostile product column, imported for real. */
async function hostileCompany(server: TestServer, dir: string): Promise<void> {
  await generateCompany({ outDir: dir, orders: 6_000, seed: 7 });
  const orders = join(dir, 'orders.csv');
  const [head, ...rows] = readFileSync(orders, 'utf8').trimEnd().split('\n');
  const category = head!.split(',').indexOf('category');
  const lines = rows.map((r) => {
    const cells = r.split(',');
    const value = cells[category]!;
    cells[category] = `${CATEGORY}${value}`;
    return [...cells, `${PRODUCT}${value}-item`].join(',');
  });
  writeFileSync(orders, [`${head},product`, ...lines].join('\n') + '\n');
  writeFileSync(join(dir, '.generated'), 'complete\n');
  await ensureSample(server.ws, dir);
}

/** The `profit` preset stored as the company's tree with every node label hostile (labels are free text). */
function hostileLabelTree(): string {
  const tree = getPreset('profit');
  const label = (l: { ru: string; en: string }) => ({
    ru: `${NODE_LABEL}${l.ru}`,
    en: `${NODE_LABEL}${l.en}`,
  });
  return JSON.stringify({
    ...tree,
    id: 'hostile-labels',
    nodes: tree.nodes.map((n) => ({ ...n, label: label(n.label) })),
  });
}

/** Rewrites a JSON answer of the API before the workbench reads it. */
async function rewrite(route: Route, change: (body: Record<string, unknown>) => void): Promise<void> {
  const res = await route.fetch();
  const body = (await res.json()) as Record<string, unknown>;
  change(body);
  await route.fulfill({ response: res, json: body });
}

/**
 * Moves the pointer over the chart on a grid until a tooltip shows `want`, and returns every
 * tooltip text seen. ECharts puts its tooltip in a div beside the canvas, inside the chart's box.
 */
async function hoverUntil(page: Page, chart: Locator, want: string): Promise<string[]> {
  await chart.locator('canvas').first().waitFor();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const box = (await chart.boundingBox())!;
  const seen = new Set<string>();
  for (let y = 0.05; y < 1; y += 0.06) {
    for (let x = 0.03; x < 1; x += 0.04) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      await page.waitForTimeout(15);
      const texts = await chart.evaluate((el) =>
        [...el.children].filter((c) => !c.querySelector('canvas')).map((c) => c.textContent ?? ''),
      );
      texts.filter(Boolean).forEach((t) => seen.add(t));
      if (texts.some((t) => t.includes(want))) return [...seen];
    }
  }
  return [...seen];
}

describe.skipIf(!existsSync(CHROMIUM))('hostile labels in every chart', () => {
  let server: TestServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let dir: string;
  /** Requests for `x`: an element made from a payload, whether or not its handler ran. */
  const injected: string[] = [];
  /** What the browser refused under the Content-Security-Policy, and script errors. */
  const refused: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ empty: true });
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-hostile-'));
    await hostileCompany(server, dir);
    addUserModel(server.ws, hostileLabelTree(), null);
    browser = await launchBrowser();
    await browser.context.addInitScript("localStorage.setItem('fulcrum.model', 'hostile-labels')");
    page = await browser.context.newPage();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('/x')) injected.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    page.on('pageerror', (e) => refused.push(String(e)));
    await page.route('**/api/compare?**', (route) =>
      rewrite(route, (body) => {
        // A node id as a tree stored before ids were checked would carry it.
        const c = body['contributions'] as Record<string, number>;
        const exact = body['exact'] as Record<string, number> | undefined;
        const [first] = Object.keys(c);
        c[NODE_ID] = c[first!]!;
        delete c[first!];
        if (exact) {
          exact[NODE_ID] = exact[first!]!;
          delete exact[first!];
        }
      }),
    );
    await page.route('**/api/customers/rfm?**', (route) =>
      rewrite(route, (body) => {
        for (const s of body['segments'] as { name: string }[]) s.name = `${SEGMENT}${s.name}`;
      }),
    );
    await page.route('**/api/customers/clv/validation?**', (route) =>
      rewrite(route, (body) => {
        const groups = (body['validation'] as { groups: { x: unknown }[] }).groups;
        for (const g of groups) g.x = `${GROUP}${String(g.x)}`;
      }),
    );
    await signIn(page, server.url, OWNER);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Pages change by their hash, so one document lives through the tests: each starts clean.
  beforeEach(async () => {
    injected.length = 0;
    refused.length = 0;
    await page.evaluate('delete window.__xss');
  });

  /** Nothing ran, nothing was made an element, nothing was refused; the label reads as text. */
  async function expectInert(seen: string[], want: string) {
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(injected).toEqual([]);
    expect(refused).toEqual([]);
    expect(
      seen.some((t) => t.includes(want)),
      `no tooltip showed ${want}: ${seen.join(' | ')}`,
    ).toBe(true);
  }

  it('covers every chart the workbench draws', () => {
    const charts = readdirSync(CHARTS_DIR).filter((f) => f.endsWith('-option.ts'));
    expect(charts.sort()).toEqual(Object.keys(CHARTS).sort());
  });

  it('stored XSS: the product funnel Sankey shows hostile categories and products as text', async () => {
    await page.goto(server.url + '#/customers/funnel');
    const sankey = page.getByTestId('funnel-sankey').locator('.chart');
    await expectInert(await hoverUntil(page, sankey, CATEGORY), CATEGORY);
    // For a person to see the payload printed in the tooltip as text.
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-hostile-funnel-tooltip.png') });
    await page.locator('select[name=dim]').selectOption('product');
    await expect
      .poll(async () => (await page.getByTestId('funnel-steps').textContent()) ?? '')
      .toContain(PRODUCT);
    await expectInert(await hoverUntil(page, sankey, PRODUCT), PRODUCT);
  });

  it('stored XSS: the compare waterfall shows a hostile node id as text', async () => {
    await page.goto(server.url + '#/formula');
    const chart = page.getByTestId('compare-result').locator('.chart');
    await expectInert(await hoverUntil(page, chart, NODE_ID), NODE_ID);
  });

  it('stored XSS: the levers tornado shows hostile node labels as text', async () => {
    await page.goto(server.url + '#/levers');
    await expectInert(await hoverUntil(page, page.locator('.chart').first(), NODE_LABEL), NODE_LABEL);
  });

  it('stored XSS: the month-by-month trend shows a hostile node label as text', async () => {
    await page.goto(server.url + '#/formula');
    const chart = page.getByTestId('trend').locator('.chart');
    await expectInert(await hoverUntil(page, chart, NODE_LABEL), NODE_LABEL);
  });

  it('stored XSS: the RFM heatmap shows a hostile segment name as text', async () => {
    await page.goto(server.url + '#/customers');
    const chart = page.getByTestId('rfm-heatmap').locator('.chart');
    await expectInert(await hoverUntil(page, chart, SEGMENT), SEGMENT);
  });

  it('stored XSS: the CLV check shows a hostile group label as text', async () => {
    await page.goto(server.url + '#/customers/clv');
    // The CLV-in-roubles panel above the chart loads on its own: hover once the page has settled.
    await page.getByTestId('clv-value-figures').or(page.locator('.notice-error')).first().waitFor();
    const chart = page.getByTestId('clv-chart').locator('.chart');
    await expectInert(await hoverUntil(page, chart, GROUP), GROUP);
  });

  it('stored XSS: a tree whose node id is markup never gets stored, so it cannot reach the waterfall', () => {
    const tree = JSON.parse(hostileLabelTree()) as { id: string; nodes: { id: string }[] };
    tree.id = 'hostile-ids';
    tree.nodes[1]!.id = NODE_ID;
    expect(() => addUserModel(server.ws, JSON.stringify(tree), null)).toThrow(/nodes\.1\.id: id "<img/);
  });

  it('the workbench runs under the policy: every page and section opens with nothing refused', async () => {
    const pages = ['formula', 'levers', 'constraint', 'whatif', 'data', 'settings']
      .concat(['rfm', 'migration', 'cohorts', 'clv', 'channels', 'funnel'].map((s) => `customers/${s}`))
      .concat(['sheets', 'plan', 'quarter', 'design'].map((s) => `kpi/${s}`));
    for (const p of pages) {
      await page.goto(`${server.url}#/${p}`);
      await page.locator('main').waitFor();
      await page.waitForTimeout(300);
      await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
      expect(refused, p).toEqual([]);
    }
    expect(injected).toEqual([]);
  });

  it('the API docs page renders under its policy: its stylesheet applies, nothing is refused', async () => {
    await page.goto(new URL('/api/docs', server.url).href);
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('960px');
    expect(refused).toEqual([]);
  });
});
