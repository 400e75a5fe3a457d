// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakePort, renderInExcel } from './fixtures';

// Every parse of the table, counted (the pane parses in steps), and every look at the headers alone:
// the mapping the headers give is worked out once per table read.
const parses = vi.hoisted(() => ({ count: 0, headers: 0 }));
vi.mock('../../src/core/table/parse', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/table/parse')>();
  return {
    ...actual,
    parseTable: (...args: Parameters<typeof actual.parseTable>) => {
      parses.count++;
      return actual.parseTable(...args);
    },
    parseTableSteps: (...args: Parameters<typeof actual.parseTableSteps>) => {
      parses.count++;
      return actual.parseTableSteps(...args);
    },
    detectMapping: (...args: Parameters<typeof actual.detectMapping>) => {
      parses.headers++;
      return actual.detectMapping(...args);
    },
  };
});

describe('the detected column mapping', () => {
  it('is parsed once per evaluation: the read gives it, a changed column does not parse for it again', async () => {
    const user = userEvent.setup();
    await renderInExcel(fakePort());
    await user.selectOptions(screen.getByLabelText('Välj överenskommelse'), 'svf-2024');
    parses.count = 0;
    parses.headers = 0;
    await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
    await screen.findByTestId('payout-table');
    expect(parses.count).toBe(1);

    await user.click(screen.getByRole('button', { name: 'ändra' }));
    const inclusion = within(screen.getByTestId('mapping-editor')).getByLabelText(/^Inklusion/);
    await user.selectOptions(inclusion, '(ingen)');
    await screen.findByTestId('table-errors');
    // The table with the choice; the detected mapping beside it is the one the read found.
    expect(parses.count).toBe(2);
    expect(parses.headers).toBe(0);
    expect(screen.getByText('Hittad: Inklusion')).toBeInTheDocument();
  }, 240_000);
});
