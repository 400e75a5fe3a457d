// Reads the pane's tables as a user sees them: the Distribute preview and the what-if comparison,
// each cell by its column header, with Intl's no-break spaces made plain.
import type { Page } from 'playwright-core';
import { plainSpaces } from './pane';

export interface ShownTable {
  headers: string[];
  /**
   * Row test id → cell text by column header (the first header wins where two are alike). The
   * preview's rows also carry `eligible` ("true" or "false", as the row marks it) and `reason`, the
   * line under a failing region ("" for the others).
   */
  rows: Map<string, Record<string, string>>;
  /** The totals row of the preview, by column header. */
  totals: Record<string, string>;
}

/** The payout preview: rows by their test id suffix (the region's code), cells by header. */
export async function readPreview(page: Page): Promise<ShownTable> {
  const raw = await page.getByTestId('payout-table').evaluate((table) => {
    const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
    return {
      headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...table.querySelectorAll('tr[data-testid^="payout-row-"]')].map((tr) => {
        const id = tr.getAttribute('data-testid') ?? '';
        const reason = table.querySelector(`[data-testid="${id.replace(/^payout-row-/, 'reason-')}"]`);
        return { id, eligible: tr.getAttribute('data-eligible') ?? '', reason: reason?.textContent ?? '', cells: cells(tr) };
      }),
      totals: cells(table.querySelector('[data-testid="payout-totals"]') ?? table),
    };
  });
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
    rows: new Map(
      raw.rows.map((row) => [
        row.id.replace(/^payout-row-/, ''),
        { ...byHeader(row.cells), eligible: row.eligible, reason: plainSpaces(row.reason) },
      ]),
    ),
    totals: byHeader(raw.totals),
  };
}

/** Waits until the preview marks a region as meeting (true) or failing (false) the conditions. */
export async function waitForEligibility(page: Page, regionKey: string, eligible: boolean): Promise<void> {
  await page.waitForFunction(
    ([key, wanted]) =>
      document.querySelector(`[data-testid="payout-table"] [data-testid="payout-row-${key}"]`)?.getAttribute('data-eligible') === wanted,
    [regionKey, String(eligible)] as const,
    { timeout: 10_000 },
  );
}

/** A difference as the comparison shows it: "+1 234 kr", "−1 234 kr" (U+2212), "0 kr". */
export function signedSwedishKronor(amount: number, kronor: (n: number) => string): string {
  if (amount === 0) return kronor(0);
  return `${amount < 0 ? '\u2212' : '+'}${kronor(Math.abs(amount))}`;
}
