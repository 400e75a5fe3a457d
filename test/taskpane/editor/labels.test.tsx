// @vitest-environment jsdom
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { conditionLeaves } from '../../../src/core/scenario/conditions';
import { loadAgreementText } from '../../../src/core/agreement/load';
import { norm } from '../fixtures';
import { chooseYear, errorAt, fieldAt, renderEditor } from './harness';

const INCLUSION = '/tranches/1/conditions/all/0';
const button = (name: string) => within(screen.getByTestId('rule-editor')).getByRole('button', { name });
const labelInput = (lang: 'sv' | 'en', at = INCLUSION) => within(fieldAt(`${at}/label/${lang}`)).getByRole('textbox') as HTMLInputElement;
const warningAt = (pointer: string) => fieldAt(pointer).querySelector('.fui-Field__validationMessage')?.textContent ?? null;

function captureDownloads() {
  const blobs: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    value: vi.fn((b: Blob) => (blobs.push(b), 'blob:kvot-test')),
    configurable: true,
    writable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

describe('condition texts follow their values', () => {
  it('a threshold moved to 85 % takes its texts along, and the export says 85 %', async () => {
    const blobs = captureDownloads();
    const view = renderEditor();
    await chooseYear(view, '2024');
    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    await view.user.clear(threshold);
    await view.user.type(threshold, '85');
    expect(labelInput('sv').value).toBe('Inklusionsmålet om 85 % uppnått');
    expect(labelInput('en').value).toBe('Inclusion goal of 85 % met');
    expect(screen.queryByTestId('editor-mismatches')).toBeNull();

    await view.user.click(button('Exportera JSON'));
    const loaded = loadAgreementText(await blobs[0].text());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(conditionLeaves(loaded.agreement.tranches[1].conditions!)[0]).toMatchObject({
      value: 0.85,
      label: { sv: 'Inklusionsmålet om 85 % uppnått', en: 'Inclusion goal of 85 % met' },
    });
  });

  it('flags a text the user wrote that names another value, warns at export, and fixes it on request', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    await view.user.clear(labelInput('sv'));
    await view.user.type(labelInput('sv'), 'Minst 80 % av patienterna ingår');
    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    await view.user.clear(threshold);
    await view.user.type(threshold, '85');
    // The user's own text is kept, not silently rewritten, and it is flagged where it stands.
    expect(labelInput('sv').value).toBe('Minst 80 % av patienterna ingår');
    expect(labelInput('en').value).toBe('Inclusion goal of 85 % met');
    expect(norm(warningAt(`${INCLUSION}/label/sv`))).toBe('Texten nämner 80 % men villkoret kräver 85 %.');
    expect(screen.getByTestId('editor-mismatches')).toHaveTextContent('En villkorstext nämner ett annat värde än villkoret.');
    expect(screen.getByTestId('export-mismatches')).toHaveTextContent('exporteras så');
    // A warning, not an error: the rules can still be applied.
    expect(button('Använd')).toBeEnabled();

    await view.user.click(button('Skriv villkorets värde i texten'));
    expect(labelInput('sv').value).toBe('Minst 85 % av patienterna ingår');
    expect(screen.queryByTestId('editor-mismatches')).toBeNull();
    expect(screen.queryByTestId('export-mismatches')).toBeNull();
  });

  it('a deadline moved takes its dates in the texts along', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const deadline = within(view.editor()).getByLabelText('Redovisning inkommen – sista dag');
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.change(deadline, { target: { value: '2024-10-15' } });
    expect(labelInput('sv', '/tranches/1/conditions/all/2').value).toBe('Redovisning inkommen senast 15 oktober 2024');
    expect(labelInput('en', '/tranches/1/conditions/all/2').value).toBe('Report submitted by 15 October 2024');
  });
});

describe('what a tired officer types into a percent field', () => {
  it('says what is wrong in percent, and takes "70,5" and pasted spaces', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const threshold = within(view.editor()).getByLabelText('Inklusion – gräns');
    const at = `${INCLUSION}/value`;
    const typeIn = async (text: string) => {
      await view.user.clear(threshold);
      if (text !== '') await view.user.type(threshold, text);
    };

    await typeIn('170');
    expect(errorAt(at)).toBe('170 % ligger utanför 0–100 %. Ange procent, t.ex. 70 för 70 %.');
    expect(button('Använd')).toBeDisabled();
    await typeIn('-5');
    expect(errorAt(at)).toBe('\u22125 % ligger utanför 0–100 %. Ange procent, t.ex. 70 för 70 %.');
    await typeIn('1e9');
    expect(errorAt(at)).toBe('”1e9” går inte att läsa som procent. Ange ett tal, t.ex. 70 eller 70,5.');
    await typeIn('');
    expect(errorAt(at)).toBe('Ange ett värde i procent, t.ex. 70.');
    expect(button('Använd')).toBeDisabled();

    // "0.7" is 0,7 %: allowed, but the field asks whether 70 % was meant.
    await typeIn('0.7');
    expect(errorAt(at)).toBeNull();
    expect(norm(fieldAt(at).textContent)).toContain('Läses som 0,7 %. Menade du 70 %? Skriv då 70.');

    await typeIn('70,5');
    expect(errorAt(at)).toBeNull();
    expect(labelInput('sv').value).toBe('Inklusionsmålet om 70,5 % uppnått');
    expect(labelInput('en').value).toBe('Inclusion goal of 70.5 % met');
    await typeIn(' 7 5 %');
    expect(errorAt(at)).toBeNull();
    expect(labelInput('sv').value).toBe('Inklusionsmålet om 75 % uppnått');
    await view.user.click(button('Använd'));
    await waitFor(() => expect(conditionLeaves(view.flow().state.agreement!.tranches[1].conditions!)[0].value).toBe(0.75));
  });
});

describe('the action bar', () => {
  it('stays in view at the top of the tab while the form scrolls', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const bar = screen.getByRole('region', { name: 'Använd eller ångra ändringarna' });
    expect(getComputedStyle(bar).position).toBe('sticky');
    expect(getComputedStyle(bar).top).toBe('0px');
    expect(within(bar).getByRole('button', { name: 'Använd' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Ångra ändringar' })).toBeInTheDocument();
    expect(within(bar).getByRole('status')).toHaveTextContent('Reglerna används');
  });

  it('puts no role on the conditions’ list items (axe: a listitem must stay a listitem)', async () => {
    const view = renderEditor();
    await chooseYear(view, '2024');
    const items = screen.getByTestId('rule-editor').querySelectorAll('ol > li');
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) expect(li.getAttribute('role')).toBeNull();
    expect(within(screen.getByTestId('tranche-editor-1')).getAllByRole('group', { name: /^Villkor \d/ })).toHaveLength(3);
  });
});
