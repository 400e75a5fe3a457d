// @vitest-environment jsdom
import '../setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import svf2024 from '../../../rules/svf-2024.json';
import { loadAgreement, loadAgreementText } from '../../../src/core/agreement/load';
import { conditionLeaves } from '../../../src/core/scenario/conditions';
import { fakePort, norm } from '../fixtures';
import { chooseYear, errorAt, fieldAt, renderEditor } from './harness';

type Json = typeof svf2024;
const copy2024 = (): Json => structuredClone(svf2024);
const inclusion = (json: { tranches: { conditions?: unknown }[] }) =>
  (json.tranches[1].conditions as { all: { value: unknown; operator: string }[] }).all[0];
const leafValue = (view: ReturnType<typeof renderEditor>, name: string) =>
  conditionLeaves(view.flow().state.agreement!.tranches[1].conditions!).find((l) => l.name === name)?.value;
const button = (name: string | RegExp) => within(screen.getByTestId('rule-editor')).getByRole('button', { name });

afterEach(() => vi.restoreAllMocks());

describe('rules kept in the workbook', () => {
  it('uses the workbook’s own rules on opening, says how they differ, and goes back to the bundled file on request', async () => {
    const saved = copy2024();
    inclusion(saved).value = 0.72;
    const port = fakePort();
    port.loadWorkbookRules.mockResolvedValue(JSON.stringify(saved, null, 2));
    const view = renderEditor(port);

    const notice = await screen.findByTestId('workbook-rules');
    expect(notice).toHaveTextContent('Arbetsboken har egna regler (svf-2024)');
    expect(notice).toHaveTextContent('används nu');
    expect(notice).toHaveTextContent('1 skillnad mot inbyggd svf-2024.');
    await waitFor(() => expect(leafValue(view, 'inclusion')).toBe(0.72));
    expect(within(view.distribute()).getByLabelText('Välj överenskommelse')).toHaveDisplayValue('Fil: svf-2024 (arbetsboken)');
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('72');
    expect(norm(screen.getByTestId('bundled-diff').textContent)).toContain('Skiljer sig från inbyggd svf-2024 (1 ändring)');
    expect(norm(screen.getByTestId('bundled-diff').textContent)).toContain('Utbetalning 2 › Inklusion: värde: 70 % → 72 %');

    await view.user.click(within(notice).getByRole('button', { name: 'Använd inbyggd svf-2024' }));
    await waitFor(() => expect(leafValue(view, 'inclusion')).toBe(0.7));
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('70');
    expect(screen.getByTestId('workbook-rules')).toHaveTextContent('används inte just nu');
    await view.user.click(within(screen.getByTestId('workbook-rules')).getByRole('button', { name: 'Använd arbetsbokens regler' }));
    await waitFor(() => expect(leafValue(view, 'inclusion')).toBe(0.72));
  });

  it('reports saved rules that do not load, and puts them in the form to be fixed', async () => {
    const saved = copy2024();
    inclusion(saved).operator = 'greaterThanInclusiv';
    const port = fakePort();
    port.loadWorkbookRules.mockResolvedValue(JSON.stringify(saved));
    const view = renderEditor(port);

    const problems = await screen.findByTestId('workbook-rules-problems');
    expect(problems).toHaveTextContent('Reglerna som sparats i arbetsboken kunde inte läsas in');
    expect(problems).toHaveTextContent('/tranches/1/conditions/all/0/operator');
    expect(view.flow().state.agreement).toBeNull();
    await within(view.editor()).findByText('Redigerar svf-2024');
    expect(errorAt('/tranches/1/conditions/all/0/operator')).toMatch(
      /Okänd operator "greaterThanInclusiv". Menade du "greaterThanInclusive"\?/,
    );
    expect(button('Använd')).toBeDisabled();

    await view.user.selectOptions(within(fieldAt('/tranches/1/conditions/all/0/operator')).getByRole('combobox'), 'minst (≥)');
    expect(errorAt('/tranches/1/conditions/all/0/operator')).toBeNull();
    expect(button('Använd')).toBeEnabled();
    expect(button('Ta bort från arbetsboken')).toBeEnabled();
  });

  it('saves the edited rules in the workbook (applying them), and removes them', async () => {
    const port = fakePort();
    const view = renderEditor(port);
    await chooseYear(view, '2024');
    expect(port.loadWorkbookRules).toHaveBeenCalledTimes(1);
    expect(button('Ta bort från arbetsboken')).toBeDisabled();

    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    await view.user.clear(threshold);
    await view.user.type(threshold, '75,5');
    await view.user.click(button('Spara i arbetsboken'));

    await waitFor(() => expect(port.saveWorkbookRules).toHaveBeenCalledTimes(1));
    const text = port.saveWorkbookRules.mock.calls[0][0];
    const loaded = loadAgreementText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(inclusion(loaded.agreement).value).toBe(0.755);
    expect(loaded.agreement).toEqual(view.flow().state.agreement);
    expect(leafValue(view, 'inclusion')).toBe(0.755);
    expect(await screen.findByTestId('workbook-event')).toHaveTextContent('Reglerna är sparade i arbetsboken.');
    expect(screen.getByTestId('workbook-rules')).toHaveTextContent('används nu');

    await view.user.click(button('Ta bort från arbetsboken'));
    await waitFor(() => expect(port.clearWorkbookRules).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('workbook-event')).toHaveTextContent('Reglerna är borttagna ur arbetsboken.');
    expect(screen.queryByTestId('workbook-rules')).toBeNull();
    expect(button('Ta bort från arbetsboken')).toBeDisabled();
  });

  it('shows a workbook that cannot be written, and writes nothing else', async () => {
    const port = fakePort();
    port.saveWorkbookRules.mockRejectedValue(new Error('Dokumentet är skrivskyddat'));
    const view = renderEditor(port);
    await chooseYear(view, '2024');
    await view.user.click(button('Spara i arbetsboken'));
    expect(await within(view.editor()).findByText('Dokumentet är skrivskyddat')).toBeInTheDocument();
    expect(within(view.editor()).getByText('Arbetsboken kunde inte nås')).toBeInTheDocument();
    expect(screen.queryByTestId('workbook-rules')).toBeNull();
  });
});

describe('rule files', () => {
  it('exports the draft as a file in the bundled files’ format that loads back equal', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kvot-test';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true, writable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
    const clicks: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });

    const view = renderEditor();
    await chooseYear(view, '2024');
    await view.user.click(within(view.editor()).getByRole('switch', { name: 'Krav: PREM-enkäter använda' }));
    await view.user.click(button('Exportera JSON'));

    expect(clicks).toEqual([{ download: 'svf-2024.json', href: 'blob:kvot-test' }]);
    const text = await blobs[0].text();
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "id": "svf-2024",\n  "year": 2024,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const loaded = loadAgreementText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(conditionLeaves(loaded.agreement.tranches[1].conditions!).map((l) => l.name)).toEqual(['inclusion', 'report']);
    // The export is the draft, not what the pane uses (the draft is not applied yet).
    expect(leafValue(view, 'prem')).toBe(true);
  });

  it('imports a rule file into the form without applying it; a bad one shows its problems at the fields', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const good = copy2024();
    inclusion(good).value = 0.8;
    await view.user.upload(within(view.editor()).getByLabelText('Importera regelfil (JSON)'), new File([JSON.stringify(good)], 'min.json'));
    expect(await screen.findByTestId('draft-note')).toHaveTextContent('min.json importerad');
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('80');
    expect(leafValue(view, 'inclusion')).toBe(0.7);
    expect(button('Använd')).toBeEnabled();

    const bad = copy2024() as unknown as { budget: number; tranches: { conditions?: unknown }[] };
    bad.budget = 1;
    inclusion(bad).value = 1.5;
    await view.user.upload(
      within(view.editor()).getByLabelText('Importera regelfil (JSON)'),
      new File([JSON.stringify(bad)], 'trasig.json'),
    );
    await waitFor(() => expect(errorAt('/budget')).toMatch(/summerar inte/));
    // In percent, as typed: not the rule file's fraction "1.5 ligger utanför 0–1".
    expect(errorAt('/tranches/1/conditions/all/0/value')).toMatch(/^150 % ligger utanför 0–100 %/);
    expect(within(view.editor()).getByLabelText('Inklusion – gräns')).toHaveValue('150');
    expect(button('Använd')).toBeDisabled();

    await view.user.upload(within(view.editor()).getByLabelText('Importera regelfil (JSON)'), new File(['{ "id": '], 'halv.json'));
    const problems = await screen.findByTestId('import-problems');
    expect(problems).toHaveTextContent('halv.json kunde inte läsas in');
    expect(norm(problems.textContent)).toMatch(/\(hela regelfilen\): Filen är inte giltig JSON/);
  });

  it('lists problems without a field of their own apart, by pointer', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const bad = copy2024() as unknown as { facts: { role?: string }[]; references: unknown[] };
    delete bad.facts[2].role; // no population fact
    bad.references = [];
    await view.user.upload(within(view.editor()).getByLabelText('Importera regelfil (JSON)'), new File([JSON.stringify(bad)], 'x.json'));
    const list = await screen.findByTestId('editor-problems');
    expect(norm(list.textContent)).toContain('/references: Ska ha minst 1 element.');
    const expected = loadAgreement(bad);
    expect(expected.ok).toBe(false);
  });

  it('shows a nested group read-only, still movable', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const nested = copy2024() as unknown as { tranches: { conditions: { all: unknown[] } }[] };
    const [, prem, report] = nested.tranches[1].conditions.all;
    nested.tranches[1].conditions.all = [nested.tranches[1].conditions.all[0], { any: [prem, report] }];
    expect(loadAgreement(nested).ok).toBe(true);
    await view.user.upload(within(view.editor()).getByLabelText('Importera regelfil (JSON)'), new File([JSON.stringify(nested)], 'n.json'));
    const group = await within(screen.getByTestId('tranche-editor-1')).findByRole('group', { name: 'Villkor 2: grupp' });
    expect(norm(group.textContent)).toContain('Minst ett av:PREM-enkäter använda: JaRedovisning inkommen senast 2024-09-30');
    expect(group).toHaveTextContent('redigeras i regelfilen');
    await view.user.click(within(group).getByRole('button', { name: 'Flytta villkor 2 upp' }));
    expect(within(screen.getByTestId('tranche-editor-1')).getByRole('group', { name: 'Villkor 1: grupp' })).toBeInTheDocument();
  });
});

describe('a new agreement year', () => {
  it('copies the bundled 2025 rules to 2026 with the deadline moved, ready to check and apply', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    await view.user.click(button('Nytt avtalsår från…'));
    const form = screen.getByTestId('new-year-form');
    await view.user.selectOptions(within(form).getByLabelText('Kopiera från'), 'SVF 2025 (inbyggd)');
    expect(within(form).getByLabelText('Nytt år')).toHaveValue('2026');
    await view.user.click(within(form).getByRole('button', { name: 'Skapa' }));

    expect(screen.getByTestId('draft-note')).toHaveTextContent('svf-2026 skapad från svf-2025');
    expect(within(view.editor()).getByText('Redigerar svf-2026')).toBeInTheDocument();
    expect(within(fieldAt('/year')).getByRole('textbox')).toHaveValue('2026');
    expect(within(view.editor()).getByLabelText('Redovisning inkommen – sista dag')).toHaveValue('2026-09-30');
    expect((within(fieldAt('/title/sv')).getByRole('textbox') as HTMLTextAreaElement).value).toContain('kortare väntetider 2026');
    expect((within(fieldAt('/description/sv')).getByRole('textbox') as HTMLTextAreaElement).value).toContain('Kopierad från svf-2025');
    // The bundled 2026 file (with its lead-time money) differs from a plain copy of 2025.
    expect(screen.getByTestId('bundled-diff')).toHaveTextContent('svf-2026');
    expect(screen.queryByTestId('editor-problems')).toBeNull();

    await view.user.click(button('Använd'));
    await waitFor(() => expect(view.flow().state.agreement?.id).toBe('svf-2026'));
    expect(leafValue(view, 'report')).toBe('2026-09-30');
  });

  it('copies the draft by default and refuses a year outside the schema', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    await view.user.click(button('Nytt avtalsår från…'));
    const form = screen.getByTestId('new-year-form');
    expect(within(form).getByLabelText('Kopiera från')).toHaveDisplayValue('Utkastet här (svf-2024)');
    const target = within(form).getByLabelText('Nytt år');
    expect(target).toHaveValue('2025');
    await view.user.clear(target);
    await view.user.type(target, '1999');
    expect(within(form).getByRole('button', { name: 'Skapa' })).toBeDisabled();
    expect(form).toHaveTextContent('Ange ett år med fyra siffror');
    await view.user.click(within(form).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByTestId('new-year-form')).toBeNull();
    fireEvent.click(button('Nytt avtalsår från…'));
    expect(within(screen.getByTestId('new-year-form')).getByLabelText('Nytt år')).toHaveValue('2025');
  });
});
