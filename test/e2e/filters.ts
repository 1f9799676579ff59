import type { Page } from 'playwright-core';

/** Picks values of a dimension in the analysis filter (the dropdown of the data's values) and applies it. */
export async function pickFilter(page: Page, dimension: string, values: readonly string[]): Promise<void> {
  await page.getByTestId('filter-add').click();
  await page.locator('select[name=filter-dimension]').selectOption(dimension);
  const list = page.getByTestId('filter-values');
  for (const v of values) await list.locator('label', { hasText: v }).first().locator('input').check();
  await page.getByTestId('filter-apply').click();
}

/** Removes a dimension's filter through its chip's ×. */
export async function removeFilter(page: Page, dimension: string): Promise<void> {
  await page.getByTestId(`filter-chip-${dimension}`).locator('.chip-x').click();
}
