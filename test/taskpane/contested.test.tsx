// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import svf2024 from '../../rules/svf-2024.json';
import { fakePort, renderInExcel } from './fixtures';

/**
 * A rule file whose new fact shares the inclusion column's header words: the sheet's "Inklusion"
 * then fits both equally. The pane must offer both readings, not only the first fact's.
 */
function twinRules() {
  const rules = structuredClone(svf2024) as typeof svf2024 & { facts: Record<string, unknown>[] };
  const inclusion = rules.facts.find((f) => f.id === 'inclusionRate')!;
  rules.facts.push({ ...inclusion, id: 'inclusionTarget', label: { sv: 'Inklusion (mål)', en: 'Inclusion (target)' }, required: false });
  return new File([JSON.stringify(rules)], 'tvilling-2024.json', { type: 'application/json' });
}

describe('a column that fits two facts equally', () => {
  it('offers the column for each fact; choosing one reads the table', async () => {
    const user = userEvent.setup();
    const port = fakePort();
    await renderInExcel(port);
    await user.upload(screen.getByLabelText('Regelfil (JSON)'), twinRules());
    await screen.findByTestId('agreement-summary');
    await user.click(screen.getByRole('button', { name: 'Läs tabell' }));

    const errors = await screen.findByTestId('table-errors');
    expect(errors).toHaveTextContent('passar lika bra som Inklusion och Inklusion (mål)');
    const buttons = within(screen.getByTestId('column-suggestions')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Använd kolumn D ("Inklusion") för Inklusion',
      'Använd kolumn D ("Inklusion") för Inklusion (mål)',
    ]);
    expect(screen.queryByTestId('payout-table')).toBeNull();

    await user.click(buttons[0]);
    expect(await screen.findByTestId('payout-table')).toBeInTheDocument();
    expect(screen.queryByTestId('table-errors')).toBeNull();
  });
});
