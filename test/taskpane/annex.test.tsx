// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakePort, foundTable, HEADERS, norm, officialTable2024, regionGrid, renderInExcel } from './fixtures';

/** Fluent dialogs under jsdom: see write.test.tsx (microsoft/fluentui#33897). */
const inDialog = { hidden: true } as const;

async function preview(port: ReturnType<typeof fakePort>, displayLanguage = 'sv-SE') {
  const user = userEvent.setup();
  await renderInExcel(port, displayLanguage);
  await user.selectOptions(screen.getByRole('combobox', { name: /överenskommelse|agreement/i }), 'svf-2024');
  await user.click(screen.getByRole('button', { name: /Läs tabell|Read table/ }));
  await screen.findByTestId('payout-table');
  return user;
}

async function openDialog(user: ReturnType<typeof userEvent.setup>, name = 'Skapa bilaga') {
  // After a dialog closes, jsdom may keep the page aria-hidden for a moment (see inDialog).
  await user.click(await screen.findByRole('button', { name, ...inDialog }));
  return screen.findByTestId('annex-dialog');
}

const official = officialTable2024();

describe('creating the decision annex', () => {
  it('asks for the tranche and the texts, then writes the annex of payout 2 to a new sheet and says where', async () => {
    const port = fakePort();
    const user = await preview(port);
    const dialog = await openDialog(user);

    // Two tranches: payout 2 (the last that paid) is chosen; the default title is shown in the field.
    const radios = within(dialog).getAllByRole('radio', inDialog);
    expect(radios.map((r) => norm(r.closest('.fui-Radio')?.textContent))).toEqual([
      'Utbetalning 1 (182 500 000 kr)',
      'Utbetalning 2 (182 500 000 kr)',
    ]);
    expect(radios[1]).toBeChecked();
    const title = within(dialog).getByRole('textbox', { name: 'Titel', ...inDialog });
    expect(norm(title.getAttribute('placeholder'))).toMatch(
      /^Fördelning av 182 500 000 kronor för utbetalning 2 i enlighet med överenskommelsen/,
    );
    // The table's header "Befolkning" names no date.
    expect(within(dialog).getByRole('textbox', { name: 'Befolkningsmängdens datum', ...inDialog })).toHaveValue('');

    // Pasted, not typed: every keystroke would re-render the whole pane.
    await user.click(within(dialog).getByRole('textbox', { name: 'Rader ovanför titeln', ...inDialog }));
    await user.paste('Bilaga till beslut\nUtbetalning av stimulansmedel');
    await user.click(within(dialog).getByRole('textbox', { name: 'Befolkningsmängdens datum', ...inDialog }));
    await user.paste('nov 2024');
    const readsBefore = port.readTableAt.mock.calls.length;
    await user.click(within(dialog).getByRole('button', { name: 'Skapa bilaga', ...inDialog }));

    const written = await screen.findByTestId('annex-written');
    expect(written).toHaveTextContent('Bilagan står på det nya bladet "Bilaga Utbetalning 2":');
    expect(port.writeAnnexSheet).toHaveBeenCalledTimes(1);
    // The table was read again first, so the annex is never made from a stale preview.
    expect(port.readTableAt).toHaveBeenCalledTimes(readsBefore + 1);
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
    const layout = port.writeAnnexSheet.mock.calls[0][0];
    expect(layout.values.slice(0, 3).map((row) => row[0])).toEqual([
      'Bilaga till beslut',
      'Utbetalning av stimulansmedel',
      expect.stringMatching(/^Fördelning av 182/),
    ]);
    expect(layout.values[layout.headerRow]).toEqual(['Kod', 'Region', 'Befolkningsmängd (nov 2024)', 'Andel', 'Belopp']);
    expect(layout.values.slice(layout.firstDataRow, layout.totalRow).map((row) => row[4])).toEqual(official.map((r) => r.amount));
    expect(layout.values[layout.totalRow]).toEqual([null, 'Riket', 10_557_682, 1, 182_500_000]);
    expect(layout.print.footer.left).toMatch(/^&8Beräknad med Kvot enligt regeluppsättningen svf-2024, SHA-256 [0-9a-f]{64}$/);
    await waitFor(() => expect(screen.queryByTestId('annex-dialog')).toBeNull());
    expect(screen.queryByTestId('annex-no-page-setup')).toBeNull();
  });

  it('makes the annex of the tranche chosen, with the date the population header names', async () => {
    const grid = regionGrid();
    grid.values[0] = HEADERS.map((h) => (h === 'Befolkning' ? 'Befolkningsmängd (nov 2024)' : h));
    const port = fakePort(foundTable(grid));
    const user = await preview(port);
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('textbox', { name: 'Befolkningsmängdens datum', ...inDialog })).toHaveValue('nov 2024');
    await user.click(within(dialog).getAllByRole('radio', inDialog)[0]);
    expect(
      norm(
        within(dialog)
          .getByRole('textbox', { name: 'Titel', ...inDialog })
          .getAttribute('placeholder'),
      ),
    ).toMatch(/för utbetalning 1 i enlighet/);
    await user.click(within(dialog).getByRole('button', { name: 'Skapa bilaga', ...inDialog }));
    await screen.findByTestId('annex-written');
    const layout = port.writeAnnexSheet.mock.calls[0][0];
    expect(layout.sheetName).toBe('Bilaga Utbetalning 1');
    expect(layout.values[layout.headerRow][2]).toBe('Befolkningsmängd (nov 2024)');
    expect(layout.values[0][0]).toBe('Bilaga');
  });

  it('lists the warnings to review first; cancelling writes nothing', async () => {
    const grid = regionGrid();
    grid.values[2][4] = null; // Uppsala's PREM cell blank
    const port = fakePort(foundTable(grid));
    const user = await preview(port);
    const dialog = await openDialog(user);
    expect(dialog).toHaveTextContent('Granska det här innan bilagan skapas:');
    expect(within(dialog).queryByRole('button', { name: 'Skapa bilaga', ...inDialog })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt', ...inDialog }));
    await waitFor(() => expect(screen.queryByTestId('annex-dialog')).toBeNull());
    expect(port.writeAnnexSheet).not.toHaveBeenCalled();

    const again = await openDialog(user);
    await user.click(within(again).getByRole('button', { name: 'Jag har granskat – skapa bilaga', ...inDialog }));
    await screen.findByTestId('annex-written');
    const layout = port.writeAnnexSheet.mock.calls[0][0];
    // The blank counts as not met: Uppsala is not listed, the other 20 share payout 2.
    expect(layout.values.slice(layout.firstDataRow, layout.totalRow).map((row) => row[1])).not.toContain('Uppsala');
    expect(layout.totalRow - layout.firstDataRow).toBe(20);
  });

  it('shows why no annex can be made of a tranche that paid nothing, and keeps the button off', async () => {
    const grid = regionGrid();
    grid.values.slice(1, 22).forEach((row) => (row[5] = '2024-10-15')); // every report late
    const port = fakePort(foundTable(grid));
    const user = await preview(port);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getAllByRole('radio', inDialog)[1]);
    expect(within(dialog).getByTestId('annex-problem')).toHaveTextContent('Inget betalas ut för Utbetalning 2');
    expect(within(dialog).getByRole('button', { name: 'Jag har granskat – skapa bilaga', ...inDialog })).toBeDisabled();
  });

  it('links to the annex, and says what to set by hand when Excel did not take the print setup', async () => {
    const port = fakePort();
    port.writeAnnexSheet.mockResolvedValueOnce({
      sheetName: 'Bilaga Utbetalning 2',
      address: "'Bilaga Utbetalning 2'!A1:E26",
      pageSetup: 'unsupported',
    });
    const user = await preview(port);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Skapa bilaga', ...inDialog }));
    expect(await screen.findByTestId('annex-no-page-setup')).toHaveTextContent(
      'Välj själv A4, stående och "Anpassa alla kolumner till en sida"',
    );
    await user.click(
      within(screen.getByTestId('annex-written')).getByRole('button', { name: "Gå till 'Bilaga Utbetalning 2'!A1:E26", ...inDialog }),
    );
    expect(port.selectAddress).toHaveBeenCalledWith("'Bilaga Utbetalning 2'!A1:E26");
  });

  it("writes no annex when the table changed since the preview, and shows a failed write with Excel's message", async () => {
    const port = fakePort();
    const user = await preview(port);
    const changed = foundTable();
    changed.grid.values[1][2] = 2_500_000; // Stockholm's population, edited after reading
    port.readTableAt.mockResolvedValue(changed);
    await user.click(within(await openDialog(user)).getByRole('button', { name: 'Skapa bilaga', ...inDialog }));
    expect(await screen.findByTestId('failure')).toHaveTextContent(
      'Ingen bilaga skapades. Tabellen i bladet har ändrats sedan förhandsgranskningen',
    );
    expect(port.writeAnnexSheet).not.toHaveBeenCalled();

    port.writeAnnexSheet.mockRejectedValueOnce(new Error('Arbetsboken är skyddad'));
    // The new preview's Riket row no longer adds up: a warning to review, so the button says so.
    const dialog = await openDialog(user);
    expect(dialog).toHaveTextContent('Granska det här innan bilagan skapas:');
    await user.click(within(dialog).getByRole('button', { name: 'Jag har granskat – skapa bilaga', ...inDialog }));
    await waitFor(() => expect(screen.getByTestId('failure')).toHaveTextContent('Ingen bilaga skapades. Arbetsboken är skyddad'));
    expect(port.writeAnnexSheet).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('annex-written')).toBeNull();
  });

  it('makes an English annex from an English pane', async () => {
    const port = fakePort();
    const user = await preview(port, 'en-GB');
    const dialog = await openDialog(user, 'Create annex');
    await user.click(within(dialog).getByRole('button', { name: 'Create annex', ...inDialog }));
    await screen.findByTestId('annex-written');
    const layout = port.writeAnnexSheet.mock.calls[0][0];
    expect(layout.sheetName).toBe('Annex Payout 2');
    expect(layout.values[layout.headerRow]).toEqual(['Code', 'Region', 'Population', 'Share', 'Amount']);
    expect(layout.values[layout.totalRow][1]).toBe('Sweden');
  });
});
