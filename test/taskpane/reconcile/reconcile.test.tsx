// @vitest-environment jsdom
import '../setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CellGrid, CellValue } from '../../../src/core/table/types';
import { ReconcileTab, reconcileTabLabel } from '../../../src/taskpane/reconcile/ReconcileTab';
import { HEADERS, fakePort, foundTable, norm, officialTable2024, type OfficialRow } from '../fixtures';
import { renderTab } from '../whatif/harness';

const official = officialTable2024();

/**
 * The region table with the official 2024 amounts (payout 2) pasted as column G; `amount` lets a
 * test change one region's amount.
 */
function gridWithOfficial(amount: (row: OfficialRow) => CellValue = (r) => r.amount): CellGrid {
  const data: CellValue[][] = official.map((r) => [r.code, r.name, r.population, 0.84, 'Ja', '2024-09-15', amount(r)]);
  const values: CellValue[][] = [[...HEADERS, 'Officiellt belopp'], ...data, [null, 'Riket', null, null, null, null, null]];
  const numberFormats = values.map((row, i) => row.map((_, c) => (i > 0 && c === 3 ? '0.0%' : 'General')));
  return { sheetName: 'Blad1', origin: { row: 0, column: 0 }, values, numberFormats };
}

async function reconcileAgainst(grid: CellGrid) {
  const user = userEvent.setup();
  const rendered = await renderTab((context) => <ReconcileTab {...context} />, { port: fakePort(foundTable(grid)) });
  await user.selectOptions(screen.getByLabelText('Jämför med'), 'Utbetalning 2');
  await user.selectOptions(screen.getByLabelText('Kolumn med befintliga belopp'), 'G: Officiellt belopp');
  return { user, ...rendered };
}

const differing = () => screen.getAllByTestId(/^reconcile-row-/).filter((row) => row.getAttribute('data-differs') === 'true');

describe('reconcile tab', () => {
  it('asks for the table first', async () => {
    await renderTab((context) => <ReconcileTab {...context} />, { read: false });
    expect(screen.getByTestId('reconcile-no-table')).toHaveTextContent('Läs tabellen under Fördela först');
    expect(reconcileTabLabel('sv')).toBe('Avstämning');
    expect(reconcileTabLabel('en')).toBe('Reconcile');
  });

  it('finds no differences against a pasted column equal to the official amounts', async () => {
    await reconcileAgainst(gridWithOfficial());
    expect(await screen.findByTestId('reconcile-summary')).toHaveTextContent('Inga skillnader: alla 21 regioner stämmer.');
    expect(screen.getAllByTestId(/^reconcile-row-/)).toHaveLength(official.length);
    expect(differing()).toHaveLength(0);
    for (const row of screen.getAllByTestId(/^reconcile-row-/))
      expect(norm(within(row).getByTestId('difference').textContent)).toBe('0 kr');
  });

  it('shows exactly the row whose amount differs, with the difference and the sum', async () => {
    const halland = official.find((r) => r.name === 'Halland')!;
    await reconcileAgainst(gridWithOfficial((r) => (r.code === halland.code ? r.amount + 1 : r.amount)));
    expect(await screen.findByTestId('reconcile-summary')).toHaveTextContent('1 region skiljer sig, summa −1 kr');
    const rows = differing();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveAttribute('data-testid', `reconcile-row-${halland.code}`);
    expect(norm(within(rows[0]).getByTestId('difference').textContent)).toBe('\u22121 kr');
  });

  it('reads the column by letter and Swedish amount text', async () => {
    const user = userEvent.setup();
    const grid = gridWithOfficial((r) => `${String(r.amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')} kr`);
    await renderTab((context) => <ReconcileTab {...context} />, { port: fakePort(foundTable(grid)) });
    await user.selectOptions(screen.getByLabelText('Jämför med'), 'Utbetalning 2');
    await user.selectOptions(screen.getByLabelText('Kolumn med befintliga belopp'), 'Ange kolumnbokstav…');
    await user.type(screen.getByLabelText('Kolumnbokstav'), 'G');
    expect(await screen.findByTestId('reconcile-summary')).toHaveTextContent('Inga skillnader');
  });

  it('links an unreadable amount to its cell', async () => {
    const halland = official.find((r) => r.name === 'Halland')!;
    const grid = gridWithOfficial((r) => (r.code === halland.code ? 'se bilaga' : r.amount));
    const { user, port } = await reconcileAgainst(grid);
    const address = `Blad1!G${grid.values.findIndex((row) => row[1] === 'Halland') + 1}`;

    const row = screen.getByTestId(`reconcile-row-${halland.code}`);
    await user.click(within(row).getByRole('button', { name: `går inte att läsa: Gå till ${address}` }));
    expect(port.selectAddress).toHaveBeenCalledWith(address);
    expect(screen.getByTestId('reconcile-errors')).toHaveTextContent(`Beloppet i ${address} går inte att läsa som kronor: "se bilaga"`);
    expect(screen.getByTestId('reconcile-summary')).toHaveTextContent('Inga skillnader bland de 20 jämförda regionerna.');
  });

  it('totals add up when amounts cannot be read: those rows are counted apart with the kronor computed for them', async () => {
    const halland = official.find((r) => r.name === 'Halland')!;
    const gavleborg = official.find((r) => r.name === 'Gävleborg')!;
    const skane = official.find((r) => r.name === 'Skåne')!;
    const unreadable = [halland.code, gavleborg.code];
    const grid = gridWithOfficial((r) =>
      unreadable.includes(r.code) ? 'se bilaga' : r.code === skane.code ? null : r.code === official[0].code ? r.amount - 1 : r.amount,
    );
    await reconcileAgainst(grid);
    const kronor = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
    const apart = halland.amount + gavleborg.amount;

    expect(await screen.findByTestId('reconcile-summary')).toHaveTextContent('1 region skiljer sig, summa +1 kr');
    expect(norm(screen.getByTestId('reconcile-unreadable').textContent)).toBe(
      `2 rader kunde inte läsas: ${kronor(apart)} beräknat för dem ingår inte i jämförelsen.`,
    );
    expect(norm(screen.getByTestId('reconcile-missing').textContent)).toBe(
      `1 region saknar befintligt belopp: ${kronor(skane.amount)} beräknat för den ingår inte i jämförelsen.`,
    );
    const cells = (id: string) =>
      within(screen.getByTestId(id))
        .getAllByRole('cell')
        .map((c) => norm(c.textContent));
    const compared = official.reduce((s, r) => s + r.amount, 0) - apart - skane.amount;
    // Computed − existing = the difference shown, over the 18 rows compared.
    expect(cells('reconcile-totals')).toEqual(['Summa, 18 jämförda', kronor(compared), kronor(compared - 1), '+1 kr']);
    expect(cells('reconcile-not-compared')).toEqual(['Ej jämförda (3)', kronor(apart + skane.amount), '–', '–']);
    expect(norm(screen.getByTestId('reconcile-totals-line').textContent)).toBe(
      `Beräknat för alla regioner ${kronor(182_500_000)}; för de jämförda ${kronor(compared)}, befintligt ${kronor(compared - 1)}. Skillnad = beräknat − befintligt.`,
    );
  });

  it('compares with the total of all payouts', async () => {
    await reconcileAgainst(gridWithOfficial());
    // The official amounts are payout 2 alone: against the total every region differs by its payout 1.
    await userEvent.setup().selectOptions(screen.getByLabelText('Jämför med'), 'Totalt (alla utbetalningar)');
    expect(await screen.findByTestId('reconcile-summary')).toHaveTextContent('21 regioner skiljer sig, summa +182 500 000 kr');
    expect(differing()).toHaveLength(official.length);
  });
});
