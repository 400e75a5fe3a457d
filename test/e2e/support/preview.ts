// Reads the pane's tables as a user sees them: the Distribute preview and the what-if comparison,
// each cell by its column header, with Intl's no-break spaces made plain.
import type { Page } from 'playwright-core';
import { plainSpaces } from './pane';

export interface ShownTable {
  headers: string[];
  /** Row test id → cell text by column header (the first header wins where two are alike). */
  rows: Map<string, Record<string, string>>;
  /** The totals row of the preview, by column header. */
  totals: Record<string, string>;
}

/** The payout preview: rows by their test id suffix (the region's code), cells by header. */
export async function readPreview(page: Page): Promise<ShownTable> {
  const raw = await page.getByTestId('payout-table').evaluate((table) => ({
    headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
      id: tr.getAttribute('data-testid') ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    })),
    totals: [...table.querySelectorAll('tfoot tr td')].map((td) => td.textContent ?? ''),
  }));
  const headers = raw.headers.map(plainSpaces);
  const byHeader = (cells: string[]) => {
    const out: Record<string, string> = {};
    headers.forEach((header, i) => {
      if (!(header in out)) out[header] = plainSpaces(cells[i] ?? null);
    });
    return out;
  };
  return {
    headers,
    rows: new Map(raw.rows.map((row) => [row.id.replace(/^payout-row-/, ''), byHeader(row.cells)])),
    totals: byHeader(raw.totals),
  };
}

/** Waits until the preview shows `text` in a region's eligibility column (e.g. "Nej"). */
export async function waitForEligibility(page: Page, regionKey: string, header: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([key, wanted, column]) => {
      const table = document.querySelector('[data-testid="payout-table"]');
      const row = table?.querySelector(`[data-testid="payout-row-${key}"]`);
      if (!table || !row) return false;
      const index = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent === column);
      return index >= 0 && row.querySelectorAll('td')[index]?.textContent === wanted;
    },
    [regionKey, text, header] as const,
    { timeout: 10_000 },
  );
}

/** A difference as the comparison shows it: "+1 234 kr", "−1 234 kr" (U+2212), "0 kr". */
export function signedSwedishKronor(amount: number, kronor: (n: number) => string): string {
  if (amount === 0) return kronor(0);
  return `${amount < 0 ? '\u2212' : '+'}${kronor(Math.abs(amount))}`;
}
