// @vitest-environment jsdom
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorLayout } from '../../../src/taskpane/editor/layout';
import type { Agreement } from '../../../src/core/agreement/types';
import { chooseYear, errorAt, fieldAt, renderEditor, type EditorView } from './harness';
import { norm } from '../fixtures';

const applyButton = () => within(screen.getByTestId('rule-editor')).getByRole('button', { name: 'Använd' });
const draftOf = async (view: EditorView): Promise<Agreement> => {
  await view.user.click(applyButton());
  await waitFor(() => expect(view.flow().state.agreement).not.toBeNull());
  return view.flow().state.agreement!;
};

async function chooseBundled(view: EditorView, id: string) {
  await view.user.selectOptions(within(view.distribute()).getByLabelText('Välj överenskommelse'), id);
  await within(view.editor()).findByText(`Redigerar ${id}`);
}

describe('the rule editor and the new constructs', () => {
  it('lays out parts, comparisons with another fact and assumptions, every place on screen', async () => {
    const view = renderEditor();
    await chooseYear(view, '2026');
    const layout = editorLayout(view.flow().state.agreement!);
    for (const pointer of [...layout.fields, ...layout.containers]) expect(() => fieldAt(pointer), pointer).not.toThrow();
    // The lead-time tranche: three parts of a third each, each comparing this year's share with last year's.
    const part = screen.getByTestId('part-editor-2-0');
    expect(within(part).getByLabelText('Andel')).toHaveValue('1/3');
    expect(within(part).getByRole('radio', { name: 'Ett annat faktum för samma region' })).toBeChecked();
    expect(within(fieldAt('/tranches/2/parts/0/conditions/all/0/value/fact')).getByRole('combobox')).toHaveValue('leadTimeBreastLastYear');
    expect(within(fieldAt('/tranches/2/assumed')).getByRole('switch', { name: 'Antaget (står inte i källorna)' })).toBeChecked();
  }, 90_000);

  it('lays out groups of regions and tranches paid to them, every place on screen', async () => {
    const view = renderEditor();
    await chooseBundled(view, 'rcc-2024');
    const layout = editorLayout(view.flow().state.agreement!);
    for (const pointer of [...layout.fields, ...layout.containers]) expect(() => fieldAt(pointer), pointer).not.toThrow();
    expect(within(fieldAt('/tranches/0/recipients')).getByRole('radio', { name: 'Grupperna av regioner' })).toBeChecked();
    expect(within(fieldAt('/tranches/0/basis')).getByRole('combobox')).toHaveValue('equal');
    expect(within(screen.getByTestId('group-editor-0')).getByRole('checkbox', { name: 'Norrbotten' })).toBeChecked();
  }, 90_000);

  it('splits a tranche in equal shares, by a weight column minus another, with a base amount first', async () => {
    const view = renderEditor();
    await chooseYear(view, '2026');
    const basis = within(fieldAt('/tranches/0/basis')).getByRole('combobox');
    await view.user.selectOptions(basis, 'I lika delar');
    expect((await draftOf(view)).tranches[0].basis).toBe('equal');

    await view.user.selectOptions(basis, 'Efter en kolumn (vikt)');
    await view.user.selectOptions(within(fieldAt('/tranches/0/basis/fact')).getByRole('combobox'), 'Inom ledtid, bröstcancer');
    await view.user.selectOptions(
      within(fieldAt('/tranches/0/basis/minus')).getByRole('combobox'),
      'Inom ledtid föregående år, bröstcancer',
    );
    await view.user.click(within(fieldAt('/tranches/0/basis/clampAtZero')).getByRole('switch'));
    const base = within(fieldAt('/tranches/0/baseAmount')).getByRole('textbox');
    await view.user.click(base);
    await view.user.paste('1000000');
    const applied = await draftOf(view);
    expect(applied.tranches[0].basis).toEqual({ fact: 'leadTimeBreast', minus: 'leadTimeBreastLastYear', clampAtZero: true });
    expect(applied.tranches[0].baseAmount).toBe(1_000_000);

    // A base amount that does not fit 21 regions is named at its field.
    await view.user.clear(base);
    await view.user.paste('20000000');
    expect(norm(errorAt('/tranches/0/baseAmount'))).toMatch(
      /Grundbeloppet 20 000 000 kr till 21 regioner är mer än beloppet 250 000 000 kr/,
    );
    expect(applyButton()).toBeDisabled();
    await view.user.clear(base);
    expect(errorAt('/tranches/0/baseAmount')).toBeNull();
  }, 90_000);

  it('adds a part, gives it a share, and says at the parts when they do not add up', async () => {
    const view = renderEditor();
    await chooseYear(view, '2026');
    const parts = within(screen.getByTestId('tranche-editor-2'));
    await view.user.click(parts.getByRole('button', { name: 'Lägg till del' }));
    expect(screen.getByTestId('part-editor-2-3')).toBeInTheDocument();
    expect(errorAt('/tranches/2/parts')).toMatch(/Delarna summerar inte till utbetalningen/);
    // Quarters for all four: they add up again.
    for (const index of [0, 1, 2, 3]) {
      const share = within(screen.getByTestId(`part-editor-2-${index}`)).getByLabelText('Andel');
      await view.user.clear(share);
      await view.user.paste('0,25');
    }
    expect(errorAt('/tranches/2/parts')).toBeNull();
    await view.user.click(within(screen.getByTestId('part-editor-2-3')).getByRole('button', { name: 'Ta bort del 4' }));
    expect(screen.queryByTestId('part-editor-2-3')).toBeNull();
  }, 90_000);

  it('compares a condition with another fact, and asks for "at least k of"', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const card = screen.getByTestId('tranche-editor-1');
    const inclusion = within(card).getAllByRole('group')[0];
    await view.user.click(within(inclusion).getByRole('radio', { name: 'Ett annat faktum för samma region' }));
    // 2024 declares no other percentage to compare inclusion with: the choice is asked for.
    expect(errorAt('/tranches/1/conditions/all/0/value')).toMatch(/Ange värdet villkoret kräver/);
    await view.user.click(within(inclusion).getByRole('radio', { name: 'Ett värde' }));

    await view.user.click(within(card).getByRole('radio', { name: 'Minst ett antal ska vara uppfyllda' }));
    const k = within(fieldAt('/tranches/1/conditions/atLeast')).getByRole('textbox');
    expect(k).toHaveValue('3');
    await view.user.clear(k);
    await view.user.type(k, '4');
    expect(errorAt('/tranches/1/conditions/atLeast')).toMatch(/Minst 4 av 3 villkor kan aldrig uppfyllas/);
    await view.user.clear(k);
    await view.user.type(k, '2');
    const applied = await draftOf(view);
    expect(applied.tranches[1].conditions).toMatchObject({ atLeast: 2 });
    expect((applied.tranches[1].conditions as { of: unknown[] }).of).toHaveLength(3);
  }, 90_000);

  it('marks a tranche and a condition as assumed, with the why and the source required', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const assumed = within(fieldAt('/tranches/0/assumed')).getByRole('switch', { name: 'Antaget (står inte i källorna)' });
    await view.user.click(assumed);
    expect(applyButton()).toBeDisabled();
    expect(errorAt('/tranches/0/assumed/why/sv')).toBe('Får inte vara tomt.');
    for (const [field, text] of [
      ['why/sv', 'Beloppet antas lika som 2023.'],
      ['why/en', 'The amount is assumed as in 2023.'],
      ['source', 'Kvot'],
    ]) {
      await view.user.click(within(fieldAt(`/tranches/0/assumed/${field}`)).getByRole('textbox'));
      await view.user.paste(text);
    }
    await view.user.click(within(fieldAt('/tranches/0/assumed/about')).getByRole('checkbox', { name: 'belopp' }));
    const applied = await draftOf(view);
    expect(applied.tranches[0].assumed).toEqual({
      why: { sv: 'Beloppet antas lika som 2023.', en: 'The amount is assumed as in 2023.' },
      source: 'Kvot',
      about: ['amount'],
    });
    // The Distribute tab marks the assumed tranche.
    expect(within(within(view.distribute()).getByTestId('tranche-payout1')).getByTestId('assumed-badge')).toHaveTextContent(
      'Antaget: belopp',
    );
  }, 90_000);

  it('groups regions: ticks a member and names a code in two groups', async () => {
    const view = renderEditor();
    await chooseBundled(view, 'rcc-2024');
    const west = screen.getByTestId('group-editor-5');
    await view.user.click(within(west).getByRole('checkbox', { name: 'Skåne' }));
    expect(errorAt('/groups/5/regions')).toBeNull();
    expect(view.editor().textContent).toContain('Skåne ingår redan i gruppen "rccSyd"');
    await view.user.click(within(screen.getByTestId('group-editor-4')).getByRole('checkbox', { name: 'Skåne' }));
    const applied = await draftOf(view);
    expect(applied.groups![5].regions).toEqual(['12', '13', '14']);
    expect(applied.groups![4].regions).toEqual(['07', '10']);
  }, 90_000);
});
