// @vitest-environment jsdom
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WhatIfTab } from '../../../src/taskpane/whatif/WhatIfTab';
import { fakePort, foundTable, norm, officialTable2024, regionGrid } from '../fixtures';
import { COLUMN, renderTab, withRegionCell } from './harness';

const official = officialTable2024();
const byName = (name: string) => official.find((r) => r.name === name)!;
const gavleborg = byName('Gävleborg');
const halland = byName('Halland');

/** Gävleborg at 68 % and Halland at 69 % inclusion: both below the 2024 requirement of 70 %. */
function belowThresholdPort() {
  let grid = withRegionCell(regionGrid(), 'Gävleborg', COLUMN.inclusion, 0.68);
  grid = withRegionCell(grid, 'Halland', COLUMN.inclusion, 0.69);
  return fakePort(foundTable(grid));
}

const row = (code: string) => screen.getByTestId(`sensitivity-row-${code}`);

describe('sensitivity', () => {
  it('says how far each region is from each requirement and what is at stake', async () => {
    const user = userEvent.setup();
    const { handle } = await renderTab((context) => <WhatIfTab {...context} />, { port: belowThresholdPort() });
    await screen.findByTestId('sensitivity-table');
    const distance = (code: string) => norm(within(row(code)).getByTestId('distance').textContent);
    const stake = (code: string) => norm(within(row(code)).getByTestId('stake').textContent);
    const stockholm = official[0];

    expect(screen.getByLabelText('Visa krav')).toHaveDisplayValue('Utbetalning 2: Inklusion minst 70\u00a0%');
    expect(distance(gavleborg.code)).toBe('2 procentenheter under 70 %');
    expect(distance(halland.code)).toBe('1 procentenhet under 70 %');
    expect(distance(stockholm.code)).toBe('14 procentenheter över 70 %');
    // A region below the threshold would gain its share; one above it would lose its payout 2.
    expect(stake(gavleborg.code)).toMatch(/^\+\d/);
    // Failing, Stockholm would get nothing in payout 2: it stands to lose all of it.
    const payout2 = handle.flow.state.result!.regions.find((r) => r.region.code === stockholm.code)!.payouts.payout2.toNumber();
    expect(payout2).toBeGreaterThan(stockholm.amount); // Halland's and Gävleborg's shares went to the others.
    expect(stake(stockholm.code)).toBe(`\u2212${String(payout2).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`);

    // Reports came in 2024-09-15, fifteen days before the deadline.
    await user.selectOptions(screen.getByLabelText('Visa krav'), 'payout2/report');
    expect(distance(stockholm.code)).toBe('15 dagar före 2024-09-30');
    await user.selectOptions(screen.getByLabelText('Visa krav'), 'payout2/prem');
    expect(distance(stockholm.code)).toBe('uppfyllt');
  });

  it('puts kronor on the condition alone: a region failing two requirements gains nothing from meeting one', async () => {
    const user = userEvent.setup();
    // Gävleborg: 68 % and no PREM. Halland: 69 % only.
    let grid = withRegionCell(regionGrid(), 'Gävleborg', COLUMN.inclusion, 0.68);
    grid = withRegionCell(grid, 'Gävleborg', COLUMN.prem, 'Nej');
    grid = withRegionCell(grid, 'Halland', COLUMN.inclusion, 0.69);
    const { handle } = await renderTab((context) => <WhatIfTab {...context} />, { port: fakePort(foundTable(grid)) });
    await screen.findByTestId('sensitivity-table');
    const stakeCell = (code: string) => within(row(code)).getByTestId('stake');

    expect(norm(stakeCell(gavleborg.code).textContent)).toMatch(/^0 kr ?avgörs av andra krav$/);
    expect(stakeCell(gavleborg.code)).toHaveAttribute('data-kind', 'others');
    // Halland fails inclusion alone: meeting it brings its share of payout 2 among the qualifying.
    expect(stakeCell(halland.code)).toHaveAttribute('data-kind', 'decides');
    expect(norm(stakeCell(halland.code).textContent)).toMatch(/^\+\d[\d ]* kr$/);

    await user.selectOptions(screen.getByLabelText('Visa krav'), 'payout2/prem');
    expect(norm(stakeCell(gavleborg.code).textContent)).toMatch(/^0 kr ?avgörs av andra krav$/);
    // Halland meets PREM: failing it would lose its payout 2, were it paid, but it is not: nothing changes.
    expect(norm(stakeCell(halland.code).textContent)).toMatch(/^0 kr ?avgörs av andra krav$/);
    const stockholm = official[0];
    const payout2 = handle.flow.state.result!.regions.find((r) => r.region.code === stockholm.code)!.payouts.payout2.toNumber();
    expect(norm(stakeCell(stockholm.code).textContent)).toBe(`\u2212${String(payout2).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`);

    // Most at stake first: the regions that lose their payout 2, the largest first; zeros last.
    await user.selectOptions(screen.getByLabelText('Ordning'), 'stake');
    const order = within(screen.getByTestId('sensitivity-table'))
      .getAllByTestId(/^sensitivity-row-/)
      .map((r) => r.getAttribute('data-testid'));
    expect(order[0]).toBe(`sensitivity-row-${official.reduce((a, b) => (b.population > a.population ? b : a)).code}`);
    expect(order.slice(-2).sort()).toEqual([`sensitivity-row-${gavleborg.code}`, `sensitivity-row-${halland.code}`].sort());
  });

  it('works out nothing while its tab is hidden, and the table when shown', async () => {
    const { view } = await renderTab((context) => (
      <div role="tabpanel" hidden data-testid="panel">
        <WhatIfTab {...context} />
      </div>
    ));
    await screen.findByText('Känslighet');
    expect(screen.queryByTestId('sensitivity-table')).toBeNull();
    view.container.querySelector('[data-testid="panel"]')!.removeAttribute('hidden');
    expect(await screen.findByTestId('sensitivity-table')).toBeInTheDocument();
  });

  it('lists the regions that flip when the threshold moves, with their payout before and after', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />, { port: belowThresholdPort() });
    const move = await screen.findByRole('group', { name: 'Flytta ett krav' });
    expect(within(move).getByLabelText('Krav')).toHaveDisplayValue('Utbetalning 2: Inklusion minst 70\u00a0%');

    await user.type(within(move).getByLabelText('Nytt krav'), '69 %');
    await waitFor(() => expect(within(move).getByTestId('flips-summary')).toHaveTextContent('1 region byter utfall:'));
    const flips = within(move).getAllByTestId(/^flip-\d/);
    expect(flips).toHaveLength(1);
    const flip = within(move).getByTestId(`flip-${halland.code}`);
    expect(flip).toHaveTextContent('uppfyller nu');
    expect(norm(within(flip).getByTestId('flip-before').textContent)).toBe('0 kr');
    expect(norm(within(flip).getByTestId('flip-after').textContent)).not.toBe('0 kr');

    // At 90 % the 19 regions at 84 % no longer qualify; Gävleborg and Halland did not before either.
    await user.clear(within(move).getByLabelText('Nytt krav'));
    await user.type(within(move).getByLabelText('Nytt krav'), '90');
    await waitFor(() => expect(within(move).getByTestId('flips-summary')).toHaveTextContent('19 regioner byter utfall:'));
    expect(within(move).queryByTestId(`flip-${halland.code}`)).toBeNull();
    expect(within(move).queryByTestId(`flip-${gavleborg.code}`)).toBeNull();
    expect(within(within(move).getByTestId(`flip-${official[0].code}`)).getByTestId('flip-after')).toHaveTextContent(/^0\s?kr$/);

    // A value that cannot be read is shown at the field, and no flips are listed.
    await user.clear(within(move).getByLabelText('Nytt krav'));
    await user.type(within(move).getByLabelText('Nytt krav'), 'hög');
    expect(await within(move).findByText(/"hög" går inte att läsa som Inklusion/)).toBeInTheDocument();
    expect(within(move).queryByTestId('flips-summary')).toBeNull();
  });

  it('moves a date requirement too', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />, { port: belowThresholdPort() });
    const move = await screen.findByRole('group', { name: 'Flytta ett krav' });
    await user.selectOptions(within(move).getByLabelText('Krav'), 'payout2/report');
    await user.type(within(move).getByLabelText('Nytt krav'), '10 sep 2024');
    // Every region reported 2024-09-15: the 19 that qualified now are late.
    await waitFor(() => expect(within(move).getByTestId('flips-summary')).toHaveTextContent('19 regioner byter utfall:'));
    expect(within(move).getByText('Vid omfördelning ändras även de övriga regionernas belopp.')).toBeInTheDocument();
  });
});
