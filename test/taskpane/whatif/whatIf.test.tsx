// @vitest-environment jsdom
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import svf2024 from '../../../rules/svf-2024.json';
import { WhatIfTab, whatIfTabLabel } from '../../../src/taskpane/whatif/WhatIfTab';
import { fakePort, foundTable, norm, officialTable2024, regionGrid } from '../fixtures';
import { COLUMN, renderTab, withRegionCell } from './harness';

/** "5327430" → "5 327 430 kr", written out independently of the pane's formatter. */
const swedishKronor = (n: number) => `${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
const signed = (n: number) => (n === 0 ? '0 kr' : `${n < 0 ? '\u2212' : '+'}${swedishKronor(n)}`);

const official = officialTable2024();
const halland = official.find((r) => r.name === 'Halland')!;

async function addScenario(user: ReturnType<typeof userEvent.setup>, name = 'Scenario 1') {
  await user.click(screen.getByRole('button', { name: 'Lägg till scenario' }));
  return screen.findByRole('group', { name });
}

/** The chart's text alternative: its title and description, as a screen reader gets them. */
function chartDescription(): string {
  const chart = within(screen.getByTestId('payout-chart')).getByRole('img');
  const ids = chart.getAttribute('aria-labelledby')!.split(' ');
  return norm(ids.map((id) => document.getElementById(id)!.textContent).join(' '));
}

const differenceCell = (key: string, scenario = 0) =>
  within(screen.getByTestId(`compare-row-${key}`)).getByTestId(`scenario-${scenario}-difference`);

describe('what-if tab', () => {
  it('asks for the table first and shows nothing else', async () => {
    await renderTab((context) => <WhatIfTab {...context} />, { read: false });
    expect(screen.getByTestId('whatif-no-table')).toHaveTextContent('Läs tabellen under Fördela först');
    expect(screen.queryByRole('button')).toBeNull();
    expect(whatIfTabLabel('sv')).toBe('Scenarier');
    expect(whatIfTabLabel('en')).toBe('What-if');
  });

  it('a scenario without changes equals the baseline to the krona', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    await addScenario(user);
    const table = await screen.findByTestId('comparison-table');

    const rows = within(table).getAllByTestId(/^compare-row-/);
    expect(rows).toHaveLength(official.length);
    for (const row of rows) {
      const difference = within(row).getByTestId('scenario-0-difference');
      expect(norm(difference.textContent)).toBe('0 kr');
      expect(difference).toHaveAttribute('data-changed', 'false');
      expect(within(row).getByTestId('scenario-0-total').textContent).toBe(within(row).getByTestId('baseline-total').textContent);
    }
    expect(norm(within(screen.getByTestId('compare-paid')).getByTestId('scenario-0-total').textContent)).toBe(
      swedishKronor(svf2024.budget),
    );
    expect(norm(within(screen.getByTestId('compare-paid')).getByTestId('scenario-0-difference').textContent)).toBe('0 kr');
    expect(chartDescription()).toContain('Scenario 1: Ingen region ändras.');
  });

  it('Halland without PREM loses its second payout to the others; the total paid stays (redistribute)', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const card = await addScenario(user);
    await user.click(within(card).getByRole('button', { name: 'Lägg till ändring' }));
    const change = within(card).getByRole('group', { name: 'Ändring 1' });
    await user.selectOptions(within(change).getByLabelText('Region'), 'Halland');
    await user.selectOptions(within(change).getByLabelText('Uppgift'), 'PREM-enkäter använda');
    expect(within(change).getByText('Nu: Ja')).toBeInTheDocument();
    await user.type(within(change).getByLabelText('Nytt värde'), 'Nej');

    // Halland's payout 2 (the official amount, all regions having qualified) goes to 0.
    await waitFor(() => expect(norm(differenceCell(halland.code).textContent)).toBe(signed(-halland.amount)));
    expect(differenceCell(halland.code)).toHaveAttribute('data-changed', 'true');
    for (const region of official.filter((r) => r.code !== halland.code)) {
      expect(norm(differenceCell(region.code).textContent), region.name).toMatch(/^\+\d/);
    }
    const gained = official
      .filter((r) => r.code !== halland.code)
      .reduce((sum, r) => sum + Number(norm(differenceCell(r.code).textContent).replace(/[^\d]/g, '')), 0);
    expect(gained).toBe(halland.amount);

    const paid = screen.getByTestId('compare-paid');
    expect(norm(within(paid).getByTestId('scenario-0-total').textContent)).toBe(swedishKronor(svf2024.budget));
    expect(norm(within(paid).getByTestId('scenario-0-difference').textContent)).toBe('0 kr');
    expect(norm(within(screen.getByTestId('compare-withheld')).getByTestId('scenario-0-difference').textContent)).toBe('0 kr');
    expect(chartDescription()).toContain(`21 regioner ändras; störst skillnad Halland ${signed(-halland.amount)}`);
  });

  it('another budget re-apportions the tranches; a bad budget is shown at the field', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const card = await addScenario(user);
    const budget = within(card).getByLabelText('Annan budget (kr)');

    await user.type(budget, 'fyrahundra');
    expect(await within(card).findByText(/Ange budgeten i hela kronor/)).toBeInTheDocument();
    expect(screen.getByText('Scenario 1 har fel och är inte med i jämförelsen.')).toBeInTheDocument();
    expect(screen.queryByTestId('comparison-table')).toBeNull();

    await user.clear(budget);
    await user.type(budget, '400 000 000');
    const paid = await screen.findByTestId('compare-paid');
    await waitFor(() => expect(norm(within(paid).getByTestId('scenario-0-total').textContent)).toBe(swedishKronor(400_000_000)));
    expect(norm(within(paid).getByTestId('scenario-0-difference').textContent)).toBe(signed(400_000_000 - svf2024.budget));
    expect(within(card).queryByText(/Ange budgeten/)).toBeNull();
  });

  it('reads what a tired officer types: "1e9", "-5", a pasted amount with spaces; a threshold of 170 % in percent', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const card = await addScenario(user);
    const budget = within(card).getByLabelText('Annan budget (kr)');
    for (const text of ['1e9', '-5', '12,5']) {
      await user.clear(budget);
      await user.type(budget, text);
      expect(await within(card).findByText(/Ange budgeten i hela kronor/)).toBeInTheDocument();
    }
    await user.clear(budget);
    await user.click(budget);
    await user.paste(' 400\u00a0000 000 kr ');
    const paid = await screen.findByTestId('compare-paid');
    await waitFor(() => expect(norm(within(paid).getByTestId('scenario-0-total').textContent)).toBe(swedishKronor(400_000_000)));
    // Blank again: the agreement's budget.
    await user.clear(budget);
    await waitFor(() => expect(norm(within(paid).getByTestId('scenario-0-total').textContent)).toBe(swedishKronor(svf2024.budget)));

    await user.selectOptions(within(card).getByLabelText('Ändra ett krav'), 'payout2/inclusion');
    await user.type(within(card).getByLabelText('Nytt krav'), '170');
    await waitFor(() => expect(norm(card.textContent)).toContain('"170" går inte att läsa som Inklusion (170 % ligger utanför 0–100 %)'));
    await user.clear(within(card).getByLabelText('Nytt krav'));
    await user.type(within(card).getByLabelText('Nytt krav'), '70,5');
    await waitFor(() => expect(within(card).queryByText(/går inte att läsa/)).toBeNull());
  });

  it('shows an override value that cannot be read at its field', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const card = await addScenario(user);
    await user.click(within(card).getByRole('button', { name: 'Lägg till ändring' }));
    const change = within(card).getByRole('group', { name: 'Ändring 1' });
    await user.selectOptions(within(change).getByLabelText('Uppgift'), 'Inklusion');
    await user.type(within(change).getByLabelText('Nytt värde'), 'mycket');
    expect(await within(change).findByText(/"mycket" går inte att läsa som Inklusion/)).toBeInTheDocument();
    expect(within(change).getByLabelText('Nytt värde')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(change).getByLabelText('Nytt värde'));
    await user.type(within(change).getByLabelText('Nytt värde'), '68 %');
    // The first region (Stockholm) drops below 70 % and loses payout 2.
    const stockholm = official[0];
    await waitFor(() => expect(norm(differenceCell(stockholm.code).textContent)).toBe(signed(-stockholm.amount)));
  });

  it('a changed requirement applies to the scenario only', async () => {
    const user = userEvent.setup();
    const grid = withRegionCell(regionGrid(), 'Halland', COLUMN.inclusion, 0.69);
    await renderTab((context) => <WhatIfTab {...context} />, { port: fakePort(foundTable(grid)) });
    const card = await addScenario(user);
    await user.selectOptions(within(card).getByLabelText('Ändra ett krav'), 'payout2/inclusion');
    expect(within(card).getByText('Nu: 70 %')).toBeInTheDocument();
    await user.type(within(card).getByLabelText('Nytt krav'), '69 %');
    // At 69 % Halland qualifies in the scenario: it gains what it lacks in the baseline.
    await waitFor(() => expect(norm(differenceCell(halland.code).textContent)).toMatch(/^\+\d/));
    expect(norm(within(screen.getByTestId('compare-paid')).getByTestId('scenario-0-difference').textContent)).toBe('0 kr');
  });

  it('writes the comparison sheet through the workbook and says where', async () => {
    const user = userEvent.setup();
    const { port } = await renderTab((context) => <WhatIfTab {...context} />);
    const card = await addScenario(user);
    await user.clear(within(card).getByLabelText('Namn'));
    await user.type(within(card).getByLabelText('Namn'), 'Utan Halland');
    await user.click(within(card).getByRole('button', { name: 'Lägg till ändring' }));
    const change = within(card).getByRole('group', { name: 'Ändring 1' });
    await user.selectOptions(within(change).getByLabelText('Region'), 'Halland');
    await user.selectOptions(within(change).getByLabelText('Uppgift'), 'PREM-enkäter använda');
    await user.type(within(change).getByLabelText('Nytt värde'), 'Nej');
    await waitFor(() => expect(norm(differenceCell(halland.code).textContent)).toBe(signed(-halland.amount)));

    await user.click(screen.getByRole('button', { name: 'Skriv jämförelseblad' }));
    // Named before anything is written: the new sheet, what it holds, that nothing is overwritten.
    const review = await screen.findByTestId('comparison-review');
    expect(review).toHaveTextContent('Kvot skapar ett nytt blad, ”Kvot jämförelse”');
    expect(review).toHaveTextContent('inget befintligt blad och ingen befintlig cell skrivs över');
    expect(review).toHaveTextContent('Bladet visar: Baslinje: svf-2024 (inbyggd). Utan Halland:');
    expect(review).toHaveTextContent('Skrivningen loggas i bladet ”Kvot logg”');
    expect(port.writeComparisonSheet).not.toHaveBeenCalled();
    // The tired officer clicks the button again: still only the review, still nothing written.
    expect(screen.getByRole('button', { name: 'Skriv jämförelseblad' })).toBeDisabled();
    await user.click(within(review).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByTestId('comparison-review')).toBeNull();
    expect(port.writeComparisonSheet).not.toHaveBeenCalled();
    expect(port.appendAuditLog).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Skriv jämförelseblad' }));
    await user.click(within(await screen.findByTestId('comparison-review')).getByRole('button', { name: 'Skapa bladet' }));
    const written = await screen.findByTestId('comparison-written');
    expect(written).toHaveTextContent('Jämförelsebladet är skrivet');
    expect(written).toHaveTextContent('Kvot jämförelse');
    expect(written).toHaveTextContent('Loggad i ”Kvot logg”');

    expect(port.writeComparisonSheet).toHaveBeenCalledTimes(1);
    // Recorded like every write: a "sheet" row naming the new sheet's block and the rule sets.
    expect(port.appendAuditLog).toHaveBeenCalledTimes(1);
    const logged = port.appendAuditLog.mock.calls[0][1].values;
    expect(logged[6]).toBe('sheet');
    expect(logged[8]).toBe("'Kvot jämförelse'!A1");
    expect(String(logged[2])).toContain("Skapade jämförelsebladet 'Kvot jämförelse'!A1 · Baslinje: svf-2024 (inbyggd). Utan Halland:");
    const sheet = port.writeComparisonSheet.mock.calls[0][0];
    const cells = sheet.values.flat();
    for (const region of official) expect(cells).toContain(region.name);
    expect(cells).toContain('Utan Halland');
    expect(cells).toContain('Baslinje');
    // The note names the rule sets behind the columns, not "Baslinje: Baslinje".
    expect(sheet.values[1][0]).toBe(
      'Baslinje: svf-2024 (inbyggd). Utan Halland: svf-2024 med Halland: PREM-enkäter använda Nej. Skillnad = scenario − baslinje, i kronor.',
    );
    const hallandRow = sheet.values.find((row) => row.includes('Halland'))!;
    expect(hallandRow[sheet.differenceColumns[0]]).toBe(-halland.amount);
    // Nothing is written to the region table.
    expect(port.writePayoutColumns).not.toHaveBeenCalled();

    port.writeComparisonSheet.mockRejectedValueOnce(new Error('Arbetsboken är skyddad'));
    await user.click(screen.getByRole('button', { name: 'Skriv jämförelseblad' }));
    await user.click(within(await screen.findByTestId('comparison-review')).getByRole('button', { name: 'Skapa bladet' }));
    expect(await screen.findByTestId('comparison-failed')).toHaveTextContent('Arbetsboken är skyddad');
    // Nothing written, nothing logged.
    expect(port.appendAuditLog).toHaveBeenCalledTimes(1);

    // The sheet is made but the log row is refused: said, not hidden.
    port.appendAuditLog.mockRejectedValueOnce(new Error('Loggbladet är skyddat'));
    await user.click(screen.getByRole('button', { name: 'Skriv jämförelseblad' }));
    await user.click(within(await screen.findByTestId('comparison-review')).getByRole('button', { name: 'Skapa bladet' }));
    expect(await screen.findByTestId('comparison-log-failed')).toHaveTextContent(
      'Loggraden i ”Kvot logg” kunde inte skrivas: Loggbladet är skyddat',
    );
  });

  it('numbers new scenarios without gaps, whatever rows were added in between', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const first = await addScenario(user);
    await user.click(within(first).getByRole('button', { name: 'Lägg till ändring' }));
    await user.click(within(first).getByRole('button', { name: 'Lägg till ändring' }));
    await addScenario(user, 'Scenario 2');
    await addScenario(user, 'Scenario 3');
    await user.click(screen.getByRole('button', { name: 'Ta bort Scenario 3' }));
    await addScenario(user, 'Scenario 3');
    await user.click(screen.getByRole('button', { name: 'Ta bort Scenario 1' }));
    // Scenario 2 and 3 keep their names; the next is 4.
    await addScenario(user, 'Scenario 4');
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names.filter((n) => n?.startsWith('Scenario'))).toEqual(['Scenario 2', 'Scenario 3', 'Scenario 4']);
  });

  it('charts every scenario beside the baseline, with an axis and the amount on every bar', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />);
    const first = await addScenario(user);
    await user.click(within(first).getByRole('button', { name: 'Lägg till ändring' }));
    const change = within(first).getByRole('group', { name: 'Ändring 1' });
    await user.selectOptions(within(change).getByLabelText('Region'), 'Halland');
    await user.selectOptions(within(change).getByLabelText('Uppgift'), 'PREM-enkäter använda');
    await user.type(within(change).getByLabelText('Nytt värde'), 'Nej');
    const second = await addScenario(user, 'Scenario 2');
    await user.type(within(second).getByLabelText('Annan budget (kr)'), '400 000 000');
    await waitFor(() => expect(screen.getByTestId('comparison-table')).toHaveTextContent('Scenario 2'));

    const chart = screen.getByTestId('payout-chart');
    const legend = within(chart).getByRole('list', { name: 'Förklaring' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Baslinje', 'Scenario 1', 'Scenario 2']);
    // One bar and one written amount per region and result.
    const halland2 = within(chart).getByTestId(`chart-region-${halland.code}`);
    const values = within(halland2)
      .getAllByTestId('chart-value')
      .map((v) => norm(v.textContent));
    expect(values).toHaveLength(3);
    expect(values[0]).toBe(norm(within(screen.getByTestId(`compare-row-${halland.code}`)).getByTestId('baseline-total').textContent));
    expect(values[1]).toBe(norm(within(screen.getByTestId(`compare-row-${halland.code}`)).getByTestId('scenario-0-total').textContent));
    expect(values[2]).toBe(norm(within(screen.getByTestId(`compare-row-${halland.code}`)).getByTestId('scenario-1-total').textContent));
    expect(within(chart).getAllByTestId('chart-value')).toHaveLength(official.length * 3);
    // The axis: a title with its unit and round ticks from 0.
    expect(chart.querySelector('svg')!.textContent).toContain('Utbetalning (mnkr)');
    const ticks = within(chart)
      .getAllByTestId('chart-tick')
      .map((t) => norm(t.textContent));
    expect(ticks[0]).toBe('0');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(chartDescription()).toMatch(
      /^Stapeldiagram: utbetalning per region, baslinjen och varje scenario Scenario 1: 21 regioner ändras.* Scenario 2: 21 regioner ändras.*jämförelsetabellen\.$/,
    );
  });

  it('speaks English when the pane does', async () => {
    const user = userEvent.setup();
    await renderTab((context) => <WhatIfTab {...context} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    const paid = await screen.findByTestId('compare-paid');
    expect(paid).toHaveTextContent('Total paid');
    expect(norm(within(paid).getByTestId('scenario-0-total').textContent)).toBe('365,000,000 kr');
    expect(screen.getByRole('button', { name: 'Write comparison sheet' })).toBeInTheDocument();
  });
});
