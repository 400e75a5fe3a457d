// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/core/agreement/load';
import svf2024 from '../../rules/svf-2024.json';
import { fakePort, norm, renderInExcel } from './fixtures';

async function choose(year: string) {
  const user = userEvent.setup();
  await renderInExcel(fakePort());
  await user.selectOptions(screen.getByLabelText('Välj överenskommelse'), `svf-${year}`);
  return user;
}

const items = (element: HTMLElement) =>
  within(element)
    .getAllByRole('listitem')
    .map((li) => norm(li.textContent));

describe('choosing an agreement', () => {
  it('shows the 2024 agreement with its tranches and conditions in plain language', async () => {
    const user = await choose('2024');
    const summary = screen.getByTestId('agreement-summary');
    expect(within(summary).getByRole('heading', { level: 3, name: svf2024.title.sv })).toBeInTheDocument();
    expect(norm(summary.textContent)).toContain('365 000 000 kr');
    expect(norm(summary.textContent)).not.toContain('SKR2023/02165');
    await user.click(within(summary).getByRole('button', { name: 'Beskrivning och källor' }));
    expect(norm(summary.textContent)).toContain('SKR2023/02165');
    expect(norm(summary.textContent)).toContain(norm(svf2024.description.sv));

    const payout2 = screen.getByTestId('tranche-payout2');
    expect(norm(within(payout2).getByRole('heading').textContent)).toBe('Utbetalning 2: 182 500 000 kr');
    expect(items(payout2)).toEqual(
      expect.arrayContaining(['Inklusion minst 70 %', 'PREM-enkäter använda: Ja', 'Redovisning inkommen senast 2024-09-30']),
    );
    expect(payout2).toHaveTextContent('fördelas mellan de övriga');
    expect(within(payout2).queryByText('Villkoren är antagna')).toBeNull();
    expect(screen.getByTestId('tranche-payout1')).toHaveTextContent('Villkorslös');
  });

  it('flags the 2021 second tranche as having assumed conditions', async () => {
    const user = await choose('2021');
    expect(within(screen.getByTestId('tranche-payout2')).getByText('Villkoren är antagna')).toBeInTheDocument();
    expect(within(screen.getByTestId('tranche-payout1')).queryByText('Villkoren är antagna')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Beskrivning och källor' }));
    expect(screen.getByTestId('agreement-summary')).toHaveTextContent('ANTAGNA');
  });

  it('switches the whole pane to English and back', async () => {
    const user = await choose('2024');
    await user.click(screen.getByRole('button', { name: 'In English' }));
    expect(screen.getByLabelText('Choose agreement')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Agreement' })).toBeInTheDocument();
    expect(items(screen.getByTestId('tranche-payout2'))).toEqual(
      expect.arrayContaining(['Inclusion at least 70 %', 'PREM surveys used: Yes', 'Report submitted by 2024-09-30']),
    );
    expect(norm(screen.getByTestId('agreement-summary').textContent)).toContain('365,000,000 kr');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(screen.getByLabelText('Välj överenskommelse')).toBeInTheDocument();
  });
});

describe('opening a rule file', () => {
  it('lists every problem of a bad file by JSON pointer and keeps no agreement', async () => {
    const user = userEvent.setup();
    await renderInExcel(fakePort());
    const bad = structuredClone(svf2024) as unknown as { tranches: { conditions?: { all: { operator: string }[] } }[]; budget: number };
    bad.tranches[1].conditions!.all[0].operator = 'greaterThanOrEqual';
    bad.budget = 1;
    const expected = loadAgreement(bad);
    if (expected.ok) throw new Error('the doctored file should not load');

    const file = new File([JSON.stringify(bad)], 'trasig.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Regelfil (JSON)'), file);

    const problems = await screen.findByTestId('rule-problems');
    expect(problems).toHaveAttribute('role', 'alert');
    expect(problems).toHaveTextContent('trasig.json');
    const shown = items(problems);
    expect(shown.some((line) => line.startsWith('/tranches/1/conditions/all/0/operator: '))).toBe(true);
    expect(shown.some((line) => line.startsWith('/budget: '))).toBe(true);
    for (const problem of expected.problems) expect(shown).toContain(norm(`${problem.pointer || '(hela filen)'}: ${problem.message.sv}`));
    expect(screen.queryByTestId('agreement-summary')).toBeNull();
    expect(screen.getByRole('button', { name: 'Läs tabell' })).toBeDisabled();
  });

  it('reports a file that is not JSON at the whole file', async () => {
    const user = userEvent.setup();
    await renderInExcel(fakePort());
    await user.upload(screen.getByLabelText('Regelfil (JSON)'), new File(['{ "id": '], 'halv.json', { type: 'application/json' }));
    const problems = await screen.findByTestId('rule-problems');
    expect(norm(problems.textContent)).toMatch(/\(hela filen\): Filen är inte giltig JSON/);
  });

  it('loads a good file from disk and shows it as the chosen agreement', async () => {
    const user = userEvent.setup();
    await renderInExcel(fakePort());
    const file = new File([JSON.stringify(svf2024)], 'min-2024.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Regelfil (JSON)'), file);
    expect(await screen.findByTestId('agreement-summary')).toBeInTheDocument();
    expect(screen.getByLabelText('Välj överenskommelse')).toHaveDisplayValue('Fil: min-2024.json');
    expect(screen.queryByTestId('rule-problems')).toBeNull();
  });
});
