import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../../../src/core/agreement/types';
import type { FullWorkbookPort } from '../../../src/excel/port';
import { DistributeTab } from '../../../src/taskpane/components/DistributeTab';
import { RuleEditorTab } from '../../../src/taskpane/editor/RuleEditorTab';
import { LanguageProvider } from '../../../src/taskpane/language';
import { useDistribution, type Distribution } from '../../../src/taskpane/state/useDistribution';
import { fakePort } from '../fixtures';

/**
 * The editor tab as the pane shows it: one distribution flow shared with the Distribute tab, inside
 * the pane's providers. flow() is the flow of the latest render, for asserting what the pane uses.
 */
export function renderEditor(port: ReturnType<typeof fakePort> = fakePort(), lang: Language = 'sv') {
  const latest: { flow: Distribution | null } = { flow: null };
  function Harness({ workbook }: { workbook: FullWorkbookPort }) {
    const flow = useDistribution(workbook);
    latest.flow = flow;
    return (
      <>
        <div data-testid="distribute">
          <DistributeTab port={workbook} flow={flow} />
        </div>
        <RuleEditorTab port={workbook} flow={flow} />
      </>
    );
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang} setLang={() => undefined}>
        <Harness workbook={port} />
      </LanguageProvider>
    </FluentProvider>,
  );
  return {
    port,
    user: userEvent.setup(),
    flow: () => latest.flow!,
    editor: () => screen.getByTestId('rule-editor'),
    distribute: () => screen.getByTestId('distribute'),
  };
}

export type EditorView = ReturnType<typeof renderEditor>;

/** Chooses a bundled year in the Distribute tab, as a user does first. */
export async function chooseYear(view: EditorView, year: string) {
  await view.user.selectOptions(within(view.distribute()).getByLabelText('Välj överenskommelse'), `svf-${year}`);
  await within(view.editor()).findByText(`Redigerar svf-${year}`);
}

/** The Field around a JSON pointer, and its error text (the Field's validation message). */
export function fieldAt(pointer: string, container: HTMLElement = screen.getByTestId('rule-editor')): HTMLElement {
  const fields = container.querySelectorAll<HTMLElement>(`[data-pointer="${pointer}"]`);
  if (fields.length === 0) throw new Error(`no field at ${pointer}`);
  return fields[0];
}

export function errorAt(pointer: string): string | null {
  const all = screen.getByTestId('rule-editor').querySelectorAll<HTMLElement>(`[data-pointer="${pointer}"]`);
  const texts = [...all]
    .map((field) => field.querySelector('[role="alert"], .fui-Field__validationMessage')?.textContent ?? null)
    .filter((t) => t);
  return texts[0] ?? null;
}
