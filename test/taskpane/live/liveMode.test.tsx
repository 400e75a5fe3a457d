// @vitest-environment jsdom
import '../setup';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabContext } from '../../../src/taskpane/tabContext';
import { LiveModeSwitch } from '../../../src/taskpane/live/LiveModeSwitch';
import { useLiveMode } from '../../../src/taskpane/live/useLiveMode';
import { fakePort, foundTable, officialTable2024, regionGrid } from '../fixtures';
import { COLUMN, renderTab, withRegionCell } from '../whatif/harness';

function Live(context: TabContext) {
  const live = useLiveMode(context, { debounceMs: 600 });
  return <LiveModeSwitch live={live} />;
}

const halland = officialTable2024().find((r) => r.name === 'Halland')!;

/** Turns live mode on and returns the listener the pane gave the workbook. */
async function enable(user: ReturnType<typeof userEvent.setup>, port: ReturnType<typeof fakePort>) {
  await user.click(screen.getByRole('switch', { name: 'Direktläge' }));
  await waitFor(() => expect(port.watchTable).toHaveBeenCalledTimes(1));
  return port.watchTable.mock.calls[0][1];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('live mode', () => {
  it('follows the table only when switched on', async () => {
    const user = userEvent.setup();
    const { port, handle } = await renderTab((context) => <Live {...context} />);
    expect(port.watchTable).not.toHaveBeenCalled();
    await enable(user, port);
    expect(port.watchTable.mock.calls[0][0]).toBe(handle.flow.state.found);
    expect(await screen.findByText(/Följer ändringar i Blad1!A1:F23/)).toBeInTheDocument();
  });

  it('re-reads the table and recomputes the preview after the debounce, without writing', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    const { handle } = await renderTab((context) => <Live {...context} />, { port });
    const listener = await enable(user, port);
    expect(port.readRegionTable).toHaveBeenCalledTimes(1);
    expect(handle.flow.state.result!.regions.find((r) => r.region.code === halland.code)!.payouts.payout2.toNumber()).toBe(halland.amount);

    // The user sets Halland's PREM to "Nej" in the sheet.
    const edited = foundTable(withRegionCell(regionGrid(), 'Halland', COLUMN.prem, 'Nej'));
    port.readRegionTable.mockResolvedValue(edited);

    vi.useFakeTimers();
    vi.setSystemTime(new Date(2025, 8, 30, 14, 32, 5));
    act(() => listener());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    act(() => listener()); // A second change restarts the wait.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(599);
    });
    expect(port.readRegionTable).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(port.readRegionTable).toHaveBeenCalledTimes(2);

    expect(handle.flow.state.found).toBe(edited);
    expect(handle.flow.state.result!.regions.find((r) => r.region.code === halland.code)!.payouts.payout2.isZero()).toBe(true);
    expect(screen.getByTestId('live-updated')).toHaveTextContent('Uppdaterad 14:32:05');
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
  });

  it('unsubscribes when switched off and follows a newly read table instead of the old one', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    const offs = [vi.fn(async () => undefined), vi.fn(async () => undefined)];
    port.watchTable.mockImplementationOnce(async () => offs[0]).mockImplementationOnce(async () => offs[1]);
    const { handle } = await renderTab((context) => <Live {...context} />, { port });
    await enable(user, port);
    await screen.findByText(/Följer ändringar/);

    // The same block read again (as every live refresh does) keeps the subscription.
    port.readRegionTable.mockResolvedValue(foundTable(regionGrid()));
    await act(async () => {
      await handle.flow.readTable();
    });
    expect(port.watchTable).toHaveBeenCalledTimes(1);
    expect(offs[0]).not.toHaveBeenCalled();

    // A table in another place replaces the subscription.
    port.readRegionTable.mockResolvedValue({ ...foundTable(regionGrid()), address: 'Blad2!A1:F23' });
    await act(async () => {
      await handle.flow.readTable();
    });
    await waitFor(() => expect(port.watchTable).toHaveBeenCalledTimes(2));
    expect(offs[0]).toHaveBeenCalledTimes(1);
    expect(port.watchTable.mock.calls[1][0]).toBe(handle.flow.state.found);

    await user.click(screen.getByRole('switch', { name: 'Direktläge' }));
    expect(offs[1]).toHaveBeenCalledTimes(1);
    expect(port.watchTable).toHaveBeenCalledTimes(2);
  });

  it('unsubscribes on unmount and then ignores late changes', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    const off = vi.fn(async () => undefined);
    port.watchTable.mockImplementation(async () => off);
    const { view } = await renderTab((context) => <Live {...context} />, { port });
    const listener = await enable(user, port);
    await screen.findByText(/Följer ändringar/);

    vi.useFakeTimers();
    listener();
    view.unmount();
    expect(off).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(port.readRegionTable).toHaveBeenCalledTimes(1);
  });

  it('says when the workbook cannot follow changes', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    port.watchTable.mockRejectedValueOnce(new Error('Händelser stöds inte'));
    await renderTab((context) => <Live {...context} />, { port });
    await user.click(screen.getByRole('switch', { name: 'Direktläge' }));
    expect(await screen.findByTestId('live-failed')).toHaveTextContent('Ändringar i tabellen kan inte följas: Händelser stöds inte');
  });
});
