// @vitest-environment jsdom
import '../setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import svf2024 from '../../../rules/svf-2024.json';
import { conditionLeaves } from '../../../src/core/scenario/conditions';
import { editorLayout } from '../../../src/taskpane/editor/layout';
import { fakePort, foundTable, norm, regionGrid } from '../fixtures';
import { chooseYear, errorAt, fieldAt, renderEditor } from './harness';

const leafValue = (view: ReturnType<typeof renderEditor>, name: string) =>
  conditionLeaves(view.flow().state.agreement!.tranches[1].conditions!).find((l) => l.name === name)?.value;

/** A sheet where Stockholm's inclusion is 71 %: it meets 70 % but not 72 %. */
function portWithStockholmAt71() {
  const grid = regionGrid();
  const row = grid.values.findIndex((r) => r[1] === 'Stockholm');
  grid.values[row][3] = 0.71;
  return fakePort(foundTable(grid));
}

const applyButton = () => within(screen.getByTestId('rule-editor')).getByRole('button', { name: 'Använd' });
const conditionTitles = (tranche = 1) =>
  within(screen.getByTestId(`tranche-editor-${tranche}`))
    .getAllByRole('heading', { level: 5 })
    .map((h) => norm(h.textContent));

describe('the rule editor form', () => {
  it('edits the agreement chosen under Distribute, amounts shown the Swedish way', async () => {
    const view = renderEditor();
    expect(within(view.editor()).getByText(/Välj en överenskommelse under Fördela/)).toBeInTheDocument();
    await chooseYear(view, '2024');
    const budget = within(fieldAt('/budget')).getByRole('textbox');
    expect(norm((budget as HTMLInputElement).value)).toBe('365 000 000');
    expect(norm(fieldAt('/budget').textContent)).toContain('365 000 000 kr');
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('70');
    expect(within(view.editor()).getByLabelText('Redovisning inkommen – sista dag')).toHaveValue('2024-09-30');
    expect(within(view.editor()).getByRole('switch', { name: 'Krav: PREM-enkäter använda' })).toBeChecked();
    expect(within(view.editor()).getByRole('radio', { name: /Omfördela/ })).toBeChecked();
    expect(screen.getByTestId('editor-status')).toHaveTextContent('Reglerna används');
    expect(applyButton()).toBeDisabled();
    expect(screen.getByTestId('bundled-diff')).toHaveTextContent('Samma som inbyggd svf-2024.');
  });

  it('applies a threshold of 72 %: no problems, and the preview recomputes with the column choices kept', async () => {
    const view = renderEditor(portWithStockholmAt71());
    await chooseYear(view, '2024');
    await view.user.click(within(view.distribute()).getByRole('button', { name: 'Läs tabell' }));
    await view.user.click(await within(view.distribute()).findByRole('button', { name: 'ändra' }));
    // A column choice the edit must keep: without the code column, regions are known by name.
    await view.user.selectOptions(within(view.distribute()).getByLabelText(/^Länskod/), '(ingen)');
    const stockholmPayout2 = async () =>
      norm(
        within(within(await screen.findByTestId('payout-table')).getByTestId('payout-row-Stockholm')).getByTestId('cell-payout2')
          .textContent,
      );
    expect(await stockholmPayout2()).not.toBe('0 kr');
    const choices = view.flow().state.choices;
    expect(choices).toEqual({ regionCode: null });

    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    await view.user.clear(threshold);
    await view.user.type(threshold, '72');
    expect(errorAt('/tranches/1/conditions/all/0/value')).toBeNull();
    expect(screen.queryByTestId('editor-problems')).toBeNull();
    expect(screen.getByTestId('editor-status')).toHaveTextContent('inte använda än');
    expect(norm(screen.getByTestId('bundled-diff').textContent)).toContain('Utbetalning 2 › Inklusion: värde: 70 % → 72 %');
    // The card's own value field shows the same edit.
    expect(within(screen.getByTestId('tranche-editor-1')).getByTestId('condition-0')).toHaveTextContent('Inklusion minst 72 %');
    expect(leafValue(view, 'inclusion')).toBe(0.7);

    await view.user.click(applyButton());
    await waitFor(() => expect(leafValue(view, 'inclusion')).toBe(0.72));
    await waitFor(async () => expect(await stockholmPayout2()).toBe('0 kr'));
    expect(view.flow().state.choices).toEqual(choices);
    expect(within(view.distribute()).getByLabelText('Välj överenskommelse')).toHaveDisplayValue('Fil: svf-2024 (redigerad)');
    expect(applyButton()).toBeDisabled();
    expect(screen.getByTestId('editor-status')).toHaveTextContent('Reglerna används');
  });

  it('shows tranche amounts that do not add up at the budget, and cannot apply them', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const amount = within(fieldAt('/tranches/0/amount')).getByRole('textbox');
    await view.user.clear(amount);
    await view.user.type(amount, '182 500 001');
    expect(errorAt('/budget')).toMatch(/summerar inte till budgeten \(365000000 kr\)/);
    expect(applyButton()).toBeDisabled();
    expect(screen.getByTestId('editor-status')).toHaveTextContent('Ett problem');
    expect(within(view.editor()).getByRole('button', { name: 'Spara i arbetsboken' })).toBeDisabled();
    expect(within(view.editor()).getByRole('button', { name: 'Exportera JSON' })).toBeDisabled();

    await view.user.clear(amount);
    await view.user.type(amount, 'mycket');
    expect(errorAt('/tranches/0/amount')).toBe('Ange ett helt belopp i kronor, t.ex. 182 500 000.');
    expect(applyButton()).toBeDisabled();

    await view.user.click(within(view.editor()).getByRole('button', { name: 'Ångra ändringar' }));
    expect(errorAt('/budget')).toBeNull();
    expect(norm((amount as HTMLInputElement).value)).toBe('182 500 000');
  });

  it('adds, reorders and removes conditions, keeping focus on the moved one', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    expect(conditionTitles()).toEqual([
      'Villkor 1: Inklusion minst 70 %',
      'Villkor 2: PREM-enkäter använda: Ja',
      'Villkor 3: Redovisning inkommen senast 2024-09-30',
    ]);
    const tranche = screen.getByTestId('tranche-editor-1');
    await view.user.click(within(tranche).getByRole('button', { name: 'Flytta villkor 3 upp' }));
    expect(conditionTitles()[1]).toBe('Villkor 2: Redovisning inkommen senast 2024-09-30');
    expect(document.activeElement).toBe(within(tranche).getByRole('button', { name: 'Flytta villkor 2 upp' }));
    await view.user.keyboard('{Enter}');
    expect(conditionTitles()[0]).toBe('Villkor 1: Redovisning inkommen senast 2024-09-30');
    // At the top "up" is disabled; focus goes to "down".
    expect(document.activeElement).toBe(within(tranche).getByRole('button', { name: 'Flytta villkor 1 ned' }));
    expect(norm(screen.getByTestId('bundled-diff').textContent)).toContain('Utbetalning 2: alla villkor: ny ordning');

    await view.user.click(within(tranche).getByRole('button', { name: 'Lägg till villkor' }));
    const added = within(tranche).getByTestId('condition-3');
    // A new condition is blank: the user chooses fact, comparison and value before it can be applied.
    expect(within(added).getByLabelText('Faktum')).toHaveDisplayValue('Välj…');
    expect(document.activeElement).toBe(within(added).getByLabelText('Faktum'));
    expect(within(added).getByRole('heading')).toHaveTextContent('Villkor 4: nytt villkor');
    expect(applyButton()).toBeDisabled();
    expect(screen.getByTestId('editor-status')).toHaveTextContent('Ett problem');
    expect(errorAt(`${within(added).getByRole('group').closest('li')!.getAttribute('data-pointer')}/fact`)).toBe(
      'Välj vilket faktum villkoret gäller.',
    );
    await view.user.selectOptions(within(added).getByLabelText('Faktum'), 'Inklusion');
    expect(within(added).getByLabelText('Id (används i förklaringar)')).toHaveValue('inclusionRate');
    expect(within(added).getByLabelText('Jämförelse')).toHaveDisplayValue('Välj…');
    expect(within(added).queryByLabelText('Värde')).toBeNull();
    const operators = () =>
      within(within(added).getByLabelText('Jämförelse'))
        .getAllByRole('option')
        .filter((o) => !(o as HTMLOptionElement).disabled)
        .map((o) => o.textContent);
    expect(operators()).toEqual(['minst (≥)', 'över (>)', 'högst (≤)', 'under (<)', 'lika med (=)', 'inte (≠)']);
    await view.user.selectOptions(within(added).getByLabelText('Faktum'), 'Redovisning inkommen');
    expect(within(added).getByLabelText('Id (används i förklaringar)')).toHaveValue('reportSubmitted');
    await view.user.selectOptions(within(added).getByLabelText('Jämförelse'), 'senast');
    expect(operators()).toEqual(['lika med (=)', 'inte (≠)', 'senast', 'tidigast']);
    // No placeholder value: the date is the user's to give.
    expect(within(added).getByLabelText('Värde')).toHaveValue('');
    expect(applyButton()).toBeDisabled();
    fireEvent.change(within(added).getByLabelText('Värde'), { target: { value: '2024-10-15' } });
    expect(within(added).getByRole('heading')).toHaveTextContent('Villkor 4: Redovisning inkommen senast 2024-10-15');
    expect(applyButton()).toBeEnabled();

    await view.user.click(within(tranche).getByRole('button', { name: 'Ta bort villkor 4' }));
    await view.user.click(within(tranche).getByRole('button', { name: 'Ta bort villkor 2' }));
    expect(conditionTitles()).toEqual(['Villkor 1: Redovisning inkommen senast 2024-09-30', 'Villkor 2: PREM-enkäter använda: Ja']);
    await view.user.click(applyButton());
    await waitFor(() =>
      expect(conditionLeaves(view.flow().state.agreement!.tranches[1].conditions!).map((l) => l.name)).toEqual(['report', 'prem']),
    );
  });

  it('switches the PREM requirement off and on again', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const prem = within(view.editor()).getByRole('switch', { name: 'Krav: PREM-enkäter använda' });
    await view.user.click(prem);
    expect(prem).not.toBeChecked();
    expect(conditionTitles()).toEqual(['Villkor 1: Inklusion minst 70 %', 'Villkor 2: Redovisning inkommen senast 2024-09-30']);
    expect(norm(screen.getByTestId('bundled-diff').textContent)).toContain('Utbetalning 2 › PREM-enkäter använda: borttaget');
    expect(applyButton()).toBeEnabled();
    await view.user.click(applyButton());
    await waitFor(() => expect(leafValue(view, 'prem')).toBeUndefined());

    await view.user.click(prem);
    expect(prem).toBeChecked();
    expect(conditionTitles()[1]).toBe('Villkor 2: PREM-enkäter använda: Ja');
    // Back as it was, at its place: the same as the bundled file again.
    expect(screen.getByTestId('bundled-diff')).toHaveTextContent('Samma som inbyggd svf-2024.');
  });

  it('makes a tranche conditional, chooses withhold, and makes it unconditional again', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const first = screen.getByTestId('tranche-editor-0');
    expect(first).toHaveTextContent('Villkorslös');
    await view.user.click(within(first).getByRole('button', { name: 'Lägg till villkor' }));
    expect(within(first).getByRole('radio', { name: /Omfördela/ })).toBeChecked();
    const added = within(first).getByTestId('condition-0');
    await view.user.selectOptions(within(added).getByLabelText('Faktum'), 'PREM-enkäter använda');
    await view.user.selectOptions(within(added).getByLabelText('Jämförelse'), 'lika med (=)');
    expect(applyButton()).toBeDisabled();
    await view.user.selectOptions(within(added).getByLabelText('Värde'), 'Ja');
    await view.user.click(within(first).getByRole('radio', { name: /Håll inne/ }));
    await view.user.click(applyButton());
    await waitFor(() => expect(view.flow().state.agreement!.tranches[0].onFailure).toBe('withhold'));
    await view.user.click(within(first).getByRole('button', { name: 'Ta bort villkor 1' }));
    expect(first).toHaveTextContent('Villkorslös');
    expect(screen.getByTestId('bundled-diff')).toHaveTextContent('Samma som inbyggd svf-2024.');
  });

  it('tidies typed amounts on leaving the field', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const budget = within(fieldAt('/budget')).getByRole('textbox');
    await view.user.clear(budget);
    await view.user.type(budget, '365000000');
    expect(budget).toHaveValue('365000000');
    await view.user.tab();
    expect(norm((budget as HTMLInputElement).value)).toBe('365 000 000');
    expect(applyButton()).toBeDisabled(); // the same budget as before: nothing to apply
  });

  it('keeps unapplied edits when another agreement is chosen under Distribute, and offers to switch', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    await view.user.clear(threshold);
    await view.user.type(threshold, '72');
    await view.user.selectOptions(within(view.distribute()).getByLabelText('Välj överenskommelse'), 'svf-2025');
    const notice = await within(view.editor()).findByText(/Fördela använder nu svf-2025/);
    expect(notice).toHaveTextContent('bygger fortfarande på svf-2024');
    expect(threshold).toHaveValue('72');
    await view.user.click(within(view.editor()).getByRole('button', { name: 'Redigera den i stället' }));
    expect(within(view.editor()).getByText('Redigerar svf-2025')).toBeInTheDocument();
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('70');
    expect(within(view.editor()).queryByText(/Fördela använder nu/)).toBeNull();
    // A clean draft just follows.
    await view.user.selectOptions(within(view.distribute()).getByLabelText('Välj överenskommelse'), 'svf-2021');
    expect(await within(view.editor()).findByText('Redigerar svf-2021')).toBeInTheDocument();
  });

  it('shows every place the form lays out, so each problem has somewhere to appear', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const layout = editorLayout(view.flow().state.agreement!);
    for (const pointer of [...layout.fields, ...layout.containers]) expect(() => fieldAt(pointer), pointer).not.toThrow();
  });

  it('starts from a bundled file when nothing is chosen yet, without applying it', async () => {
    const view = renderEditor();
    await view.user.selectOptions(within(view.editor()).getByLabelText('Börja från'), 'svf-2021');
    await view.user.click(within(view.editor()).getByRole('button', { name: 'Redigera' }));
    expect(within(view.editor()).getByText('Redigerar svf-2021')).toBeInTheDocument();
    expect(within(view.editor()).getByRole('switch', { name: 'Villkoren är antagna (står inte i källdokumenten)' })).toBeChecked();
    expect(within(view.editor()).getByRole('switch', { name: 'Krav: PREM-enkäter använda' })).not.toBeChecked();
    expect(view.flow().state.agreement).toBeNull();
    await view.user.click(applyButton());
    await waitFor(() => expect(view.flow().state.agreement?.id).toBe('svf-2021'));
  });

  it('speaks English with the pane', async () => {
    const view = renderEditor(fakePort(), 'en');
    await view.user.selectOptions(within(view.distribute()).getByLabelText('Choose agreement'), 'svf-2024');
    await within(view.editor()).findByText('Editing svf-2024');
    expect(within(view.editor()).getByRole('heading', { level: 2, name: 'Rules' })).toBeInTheDocument();
    expect(within(view.editor()).getByLabelText('Inclusion – threshold')).toHaveValue('70');
    expect(within(view.editor()).getByRole('switch', { name: 'Required: PREM surveys used' })).toBeChecked();
    expect(norm((within(fieldAt('/budget')).getByRole('textbox') as HTMLInputElement).value)).toBe('365,000,000');
    expect(within(view.editor()).getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(svf2024.tranches[1].label.en).toBe('Payout 2');
    expect(within(view.editor()).getByRole('button', { name: /Payout 2: 182,500,000 kr/ })).toBeInTheDocument();
  });
});
