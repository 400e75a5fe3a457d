// @vitest-environment jsdom
// "Infoga som formler" in the pane: the same questions as "Skriv till bladet" (warnings, then cells
// to overwrite), the formulas handed to the adapter, the names in Excel's language, the write
// logged, and a refusal that says why when formulas would not show the preview.
import './setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OutputColumns } from '../../src/core/payout/columns.types';
import { fakePort, foundTable, regionGrid, renderInExcel } from './fixtures';

async function readWith(port: ReturnType<typeof fakePort>, displayLanguage = 'sv-SE') {
  const user = userEvent.setup();
  await renderInExcel(port, displayLanguage);
  await user.selectOptions(
    screen.getByLabelText(displayLanguage.startsWith('sv') ? 'Välj överenskommelse' : 'Choose agreement'),
    'svf-2024',
  );
  await user.click(screen.getByRole('button', { name: displayLanguage.startsWith('sv') ? 'Läs tabell' : 'Read table' }));
  await screen.findByTestId('payout-table');
  return user;
}

/** Under jsdom Tabster can leave aria-hidden on an open Fluent dialog (see write.test.tsx): query hidden elements too. */
const inDialog = { hidden: true } as const;

/** The formula planner is fetched on the first click; its first import under jsdom can take seconds. */
const FIRST_USE = { timeout: 20_000 };

const written = (port: ReturnType<typeof fakePort>, call = 0) =>
  port.writePayoutColumns.mock.calls[call] as [unknown, OutputColumns, { overwrite: boolean; formulas?: boolean }];

describe('Infoga som formler', { timeout: 120_000 }, () => {
  it('writes the formulas into the same block, marked as formulas, and logs the write', async () => {
    const port = fakePort();
    const user = await readWith(port);
    await user.click(screen.getByRole('button', { name: 'Infoga som formler' }));
    const success = await screen.findByTestId('write-success', {}, FIRST_USE);
    expect(success).toHaveTextContent('Formler infogade');
    expect(success).toHaveTextContent('Formlerna skrevs till Blad1!G1:L23');

    const [, columns, options] = written(port);
    expect(options).toEqual({ overwrite: false, confirmed: [], formulas: true });
    expect(columns.headers[2]).toBe('Kvot: Utbetalning 2');
    expect(columns.rows[0][2]).toBe('=KVOT.UTBETALNING("svf-2024","payout2",$A$1:$F$23)');
    expect(columns.rows[1].every((cell) => cell === null)).toBe(true);
    expect(port.loadWorkbookRules).toHaveBeenCalled();
    expect(port.appendAuditLog).toHaveBeenCalledTimes(1);
    // Undo is offered as after any write.
    expect(screen.getByRole('button', { name: 'Ångra senaste skrivning' })).toBeEnabled();
  });

  it('writes the function names Excel knows in its language, the texts in the pane’s', async () => {
    const port = { ...fakePort(), excelLanguage: () => 'en-US' };
    const user = await readWith(port, 'en-US');
    await user.click(screen.getByRole('button', { name: 'Insert as formulas' }));
    expect(await screen.findByTestId('write-success', {}, FIRST_USE)).toHaveTextContent('Formulas inserted');
    const [, columns] = written(port);
    expect(columns.rows[0][2]).toBe('=KVOT.PAYOUT("svf-2024","payout2",$A$1:$F$23)');
    expect(columns.rows[0][4]).toContain('IF(v,"Yes","No")');
  });

  it('asks about the warnings first, then about cells to overwrite, and keeps writing formulas', async () => {
    const grid = regionGrid();
    grid.values[6][4] = null; // a blank PREM cell
    const port = fakePort(foundTable(grid), [{ status: 'needsConfirmation', conflicts: ['Blad1!H5'] }]);
    const user = await readWith(port);
    await user.click(screen.getByRole('button', { name: 'Infoga som formler' }));
    const review = await screen.findByTestId('review-dialog');
    expect(review).toHaveTextContent(/tom/);
    await user.click(screen.getByRole('button', { name: 'Jag har granskat – skriv', ...inDialog }));
    const conflicts = await screen.findByTestId('conflicts', {}, FIRST_USE);
    expect(conflicts).toHaveTextContent('Blad1!H5');
    await user.click(screen.getByRole('button', { name: 'Skriv över', ...inDialog }));
    await screen.findByTestId('write-success', {}, FIRST_USE);

    expect(port.writePayoutColumns).toHaveBeenCalledTimes(2);
    const [, columns, options] = written(port, 1);
    expect(options).toEqual({ overwrite: true, confirmed: ['Blad1!H5'], formulas: true });
    // The blank the user reviewed is accepted in the formulas, visibly.
    expect(columns.rows[0][2]).toBe('=KVOT.UTBETALNING("svf-2024","payout2",$A$1:$F$23,"blanks")');
  });

  it('writes nothing and says why when formulas would not show the preview', async () => {
    const grid = regionGrid();
    const other = JSON.parse(JSON.stringify(await import('../../rules/svf-2024.json'))) as {
      default: { tranches: { conditions?: { all: { fact: string; value: unknown }[] } }[] };
    };
    other.default.tranches[1].conditions!.all.find((c) => c.fact === 'inclusionRate')!.value = 0.9;
    const port = fakePort(foundTable(grid));
    // The workbook holds other rules with the same id: formulas would compute with those.
    port.loadWorkbookRules.mockResolvedValue(JSON.stringify(other.default));
    const user = await readWith(port);
    await user.click(screen.getByRole('button', { name: 'Infoga som formler' }));
    const failure = await screen.findByTestId('failure', {}, FIRST_USE);
    expect(failure).toHaveTextContent('Inget skrevs till bladet.');
    expect(failure).toHaveTextContent('Arbetsboken har sparade regler "svf-2024" som skiljer sig');
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
    // "Skriv till bladet" still writes values.
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
    await screen.findByTestId('write-success', {}, FIRST_USE);
    expect(written(port)[2]).toEqual({ overwrite: false, confirmed: [] });
  });
});
