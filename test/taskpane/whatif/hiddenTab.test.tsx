// @vitest-environment jsdom
import '../setup';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePort, foundTable, regionGrid, renderInExcel } from '../fixtures';
import { COLUMN, withRegionCell } from './harness';

// The kronor at stake and the distances, counted: the what-if tab must not reach them while hidden.
const calls = vi.hoisted(() => ({ stakes: 0, distance: 0 }));
vi.mock('../../../src/core/scenario', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/scenario')>();
  return {
    ...actual,
    conditionStakes: (...args: Parameters<typeof actual.conditionStakes>) => {
      calls.stakes++;
      return actual.conditionStakes(...args);
    },
    sensitivity: (...args: Parameters<typeof actual.sensitivity>) => {
      calls.distance++;
      return actual.sensitivity(...args);
    },
  };
});

afterEach(() => {
  calls.stakes = 0;
  calls.distance = 0;
});

async function readTable(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Välj överenskommelse'), 'svf-2024');
  await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
  await screen.findByTestId('payout-table');
}

describe('a hidden what-if tab computes nothing', () => {
  it('does not work out the sensitivity while hidden, once when shown, and not again on coming back', async () => {
    const user = userEvent.setup();
    const port = fakePort(foundTable(withRegionCell(regionGrid(), 'Halland', COLUMN.inclusion, 0.69)));
    await renderInExcel(port);
    await readTable(user);
    expect(calls.stakes).toBe(0);
    expect(screen.queryByTestId('sensitivity-table')).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Scenarier' }));
    const table = await screen.findByTestId('sensitivity-table');
    expect(within(table).getAllByTestId('stake').length).toBeGreaterThan(0);
    expect(calls.stakes).toBe(1);

    // Back to Distribute, the table read again (a new result): the hidden tab does nothing.
    await user.click(screen.getByRole('tab', { name: 'Fördela' }));
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
    });
    await screen.findByTestId('payout-table');
    expect(port.readRegionTable).toHaveBeenCalledTimes(2);
    expect(calls.stakes).toBe(1);

    // Shown again: once for the new result.
    await user.click(screen.getByRole('tab', { name: 'Scenarier' }));
    await screen.findByTestId('sensitivity-table');
    expect(calls.stakes).toBe(2);
    // Switching tabs without a new read computes nothing again.
    await user.click(screen.getByRole('tab', { name: 'Fördela' }));
    await user.click(screen.getByRole('tab', { name: 'Scenarier' }));
    await screen.findByTestId('sensitivity-table');
    expect(calls.stakes).toBe(2);
    expect(calls.distance).toBe(0);
  }, 240_000);
});
