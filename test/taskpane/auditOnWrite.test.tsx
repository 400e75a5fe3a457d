// @vitest-environment jsdom
import './setup';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseLogRow, verifyLogEntry } from '../../src/core/audit';
import { fakePort, renderInExcel } from './fixtures';

async function writeOnce(port: ReturnType<typeof fakePort>) {
  const user = userEvent.setup();
  await renderInExcel(port);
  await user.selectOptions(screen.getByRole('combobox', { name: /överenskommelse/i }), 'svf-2024');
  await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
  await screen.findByTestId('payout-table');
  await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
  await screen.findByTestId('write-success');
}

describe('audit trail on write', () => {
  it('appends a log row that re-runs to the same payouts', async () => {
    const port = fakePort();
    await writeOnce(port);
    await waitFor(() => expect(port.appendAuditLog).toHaveBeenCalledTimes(1));
    const [header, row] = port.appendAuditLog.mock.calls[0];
    expect(header[0]).toBe('Tid (svensk tid)');
    expect(row.values[1]).toBe('Excel-tillägget');
    expect(row.values[3]).toBe(365_000_000);
    expect(row.values[8]).toBe('Blad1!G1:L23');
    expect(row.values[10]).toBe('svf-2024');
    const parsed = parseLogRow(row.values, { sheetName: 'Kvot logg', row: 1 });
    if (!parsed.ok || parsed.kind !== 'write') throw new Error(JSON.stringify(parsed));
    const verification = await verifyLogEntry(parsed.entry);
    expect(verification.ok).toBe(true);
  });

  it('logs an undo as its own row naming the write it took back, and says so when that row cannot be added', async () => {
    const port = fakePort();
    await writeOnce(port);
    await waitFor(() => expect(port.appendAuditLog).toHaveBeenCalledTimes(1));
    const write = port.appendAuditLog.mock.calls[0][1].values;
    port.appendAuditLog.mockRejectedValueOnce(new Error('Sheet protected'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ångra senaste skrivning' }));
    expect(await screen.findByTestId('failure')).toHaveTextContent('Sheet protected');
    expect(port.undoLastWrite).toHaveBeenCalledTimes(1);
    expect(port.appendAuditLog).toHaveBeenCalledTimes(2);
    const undo = port.appendAuditLog.mock.calls[1][1].values;
    expect(undo.slice(5, 10)).toEqual([write[5], 'undo', expect.stringMatching(/Z$/), 'Blad1!G1:L23', write[7]]);
    expect(undo[2]).toBe(`Ångrade skrivningen från ${String(write[0]).slice(11)} i Blad1!G1:L23`);
  });

  it('says so when the log row cannot be added, after the columns were written', async () => {
    const port = fakePort();
    port.appendAuditLog.mockRejectedValueOnce(new Error('Sheet protected'));
    await writeOnce(port);
    expect(await screen.findByTestId('failure')).toHaveTextContent('raden i bladet Kvot logg kunde inte läggas till. Sheet protected');
  });
});

describe('showing the audit log', () => {
  it('shows and hides the log sheet on request, and says when there is none yet', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    port.showAuditLog.mockResolvedValueOnce(false);
    await renderInExcel(port);
    await user.click(screen.getByRole('button', { name: 'Visa logg' }));
    expect(port.showAuditLog).toHaveBeenLastCalledWith(true);
    expect(await screen.findByText('Det finns ingen logg än: den skapas vid första skrivningen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Visa logg' }));
    await user.click(await screen.findByRole('button', { name: 'Dölj logg' }));
    expect(port.showAuditLog).toHaveBeenLastCalledWith(false);
    expect(await screen.findByRole('button', { name: 'Visa logg' })).toBeInTheDocument();
  });
});
