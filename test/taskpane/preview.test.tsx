// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import svf2021 from '../../rules/svf-2021.json';
import svf2024 from '../../rules/svf-2024.json';
import type { FoundTable } from '../../src/excel/port';
import { fakePort, foundTable, norm, officialTable2024, regionGrid, renderInExcel } from './fixtures';

/** "42452908" → "42 452 908 kr": the Swedish way, written out here independently of the formatter. */
const swedishKronor = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;

async function readWith(port: ReturnType<typeof fakePort>, year = '2024') {
  const user = userEvent.setup();
  await renderInExcel(port);
  await user.selectOptions(screen.getByLabelText('Välj överenskommelse'), `svf-${year}`);
  await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
  return user;
}

describe('reading the table and previewing payouts', () => {
  it('shows the official 2024 payouts to the krona, with a totals row', async () => {
    const official = officialTable2024();
    const port = fakePort();
    await readWith(port);

    const table = await screen.findByTestId('payout-table');
    expect(port.readRegionTable).toHaveBeenCalledTimes(1);
    expect(within(table).getByText('Utbetalning per region, överenskommelsen 2024')).toBeInTheDocument();

    const stockholm = official.find((r) => r.name === 'Stockholm')!;
    const row = within(table).getByTestId(`payout-row-${stockholm.code}`);
    expect(norm(within(row).getByTestId('cell-payout2').textContent)).toBe(swedishKronor(stockholm.amount));
    expect(swedishKronor(stockholm.amount)).toBe('42 452 908 kr');
    expect(row).toHaveTextContent('uppfyller villkoren');
    expect(row).toHaveAttribute('data-eligible', 'true');

    for (const region of official) {
      const cell = within(within(table).getByTestId(`payout-row-${region.code}`)).getByTestId('cell-payout2');
      expect(norm(cell.textContent), region.name).toBe(swedishKronor(region.amount));
    }

    const totals = within(table).getByTestId('payout-totals');
    const tranche2 = svf2024.tranches[1].amount;
    expect(norm(totals.textContent)).toContain('Summa');
    expect(norm(within(totals).getByTestId('total-payout2').textContent)).toBe(swedishKronor(tranche2));
    expect(norm(within(table).getByTestId('total-payout1').textContent)).toBe(swedishKronor(svf2024.tranches[0].amount));
    expect(norm(within(totals).getByTestId('total-paid').textContent)).toBe(swedishKronor(svf2024.budget));

    // Where the table was found, and the "Riket" row skipped as a total.
    expect(screen.getByTestId('found-table')).toHaveTextContent('Blad1!A1:F23');
    expect(screen.getByTestId('found-table')).toHaveTextContent('Excel-tabell Regioner under markeringen');
    expect(screen.getByText(/21 regioner lästa\. 1 summarad hoppades över\./)).toBeInTheDocument();
    expect(screen.getByTestId('payout-notes')).not.toHaveTextContent('hålls inne');
  });

  it('shows the mapping with the detected headers and re-reads with a changed column', async () => {
    const user = await readWith(fakePort());
    await screen.findByTestId('payout-table');
    // Folded once the read succeeded: one line, and "ändra" opens it.
    expect(screen.getByTestId('mapping-summary')).toHaveTextContent('6 kolumner kopplade · ändra');
    expect(screen.queryByTestId('mapping-editor')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'ändra' }));
    // Scoped: the rule editor's tab (mounted, hidden) has an inclusion field too.
    const inclusion = within(screen.getByTestId('mapping-editor')).getByLabelText(/^Inklusion/);
    expect(inclusion).toHaveDisplayValue('D: Inklusion');
    expect(screen.queryByText('Hittad: Inklusion')).toBeNull();

    await user.selectOptions(inclusion, '(ingen)');
    // A condition reads inclusion: without its column nothing is computed and nothing can be written.
    const errors = await screen.findByTestId('table-errors');
    expect(errors).toHaveTextContent(/Inklusion/);
    expect(screen.queryByTestId('payout-table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Skriv till bladet' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Återställ hittade kolumner' }));
    expect(norm(within(await screen.findByTestId('payout-table')).getByTestId('total-payout2').textContent)).toBe(
      swedishKronor(svf2024.tranches[1].amount),
    );
  });

  it('lists table errors with clickable cell addresses that select the cell, and computes nothing', async () => {
    const grid = regionGrid();
    grid.values[1][2] = -5; // Stockholm's population
    grid.values[3][2] = null; // Sörmland's population
    const port = fakePort(foundTable(grid));
    const user = await readWith(port);

    const errors = await screen.findByTestId('table-errors');
    expect(errors).toHaveAttribute('role', 'alert');
    expect(screen.queryByTestId('payout-table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Skriv till bladet' })).toBeDisabled();

    await user.click(within(errors).getByRole('button', { name: 'Gå till Blad1!C2' }));
    expect(port.selectAddress).toHaveBeenLastCalledWith('Blad1!C2');
    await user.click(within(errors).getByRole('button', { name: 'Gå till Blad1!C4' }));
    expect(port.selectAddress).toHaveBeenLastCalledWith('Blad1!C4');
  });

  it('shows an exception from the workbook in an alert, not swallowed', async () => {
    const port = fakePort();
    port.readRegionTable.mockRejectedValueOnce(new Error('InvalidSelection: ett diagram är markerat'));
    await readWith(port);
    const failure = await screen.findByTestId('failure');
    expect(failure).toHaveAttribute('role', 'alert');
    expect(failure).toHaveTextContent('Tabellen kunde inte läsas. InvalidSelection: ett diagram är markerat');
  });

  it('is busy while reading: buttons disabled, aria-busy and a spinner', async () => {
    const port = fakePort();
    let release: (found: FoundTable) => void = () => undefined;
    port.readRegionTable.mockImplementationOnce(() => new Promise<FoundTable>((resolve) => (release = resolve)));
    await readWith(port);

    expect(screen.getByTestId('activity')).toHaveTextContent('Läser tabellen…');
    expect(screen.getByRole('button', { name: 'Läs tabell' })).toBeDisabled();
    expect(screen.getByLabelText('Välj överenskommelse')).toBeDisabled();
    expect(screen.getByTestId('activity').parentElement).toHaveAttribute('aria-busy', 'true');

    release(foundTable());
    await screen.findByTestId('payout-table');
    expect(screen.getByRole('button', { name: 'Läs tabell' })).toBeEnabled();
    expect(screen.getByTestId('activity')).toBeEmptyDOMElement();
  });

  it('recomputes the preview when another agreement is chosen', async () => {
    const user = await readWith(fakePort());
    await screen.findByTestId('payout-table');
    await user.selectOptions(screen.getByLabelText('Välj överenskommelse'), 'svf-2021');
    const table = await screen.findByTestId('payout-table');
    expect(table).toHaveTextContent('2021');
    // Only the amounts differ between the years' first tranches (185 vs 182,5 MSEK).
    const payout1 = svf2021.tranches.find((t) => t.id === 'payout1')!.amount;
    expect(payout1).not.toBe(svf2024.tranches[0].amount);
    expect(norm(within(table).getByTestId('total-payout1').textContent)).toBe(swedishKronor(payout1));
  });
});
