import { useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../../../src/core/agreement/types';
import type { CellGrid, CellValue } from '../../../src/core/table/types';
import type { TabContext } from '../../../src/taskpane/tabContext';
import { LanguageProvider } from '../../../src/taskpane/language';
import { useDistribution, type Distribution } from '../../../src/taskpane/state/useDistribution';
import { fakePort } from '../fixtures';

export type FakePort = ReturnType<typeof fakePort>;

/** The flow of the latest render, for tests to drive as the Distribute tab would. */
export interface FlowHandle {
  flow: Distribution;
}

function Flow(props: { port: FakePort; handle: FlowHandle; children: (context: TabContext) => ReactNode }) {
  const { port, handle, children } = props;
  const flow = useDistribution(port);
  handle.flow = flow;
  return <>{children({ port, flow })}</>;
}

function Harness(props: { port: FakePort; handle: FlowHandle; lang: Language; children: (context: TabContext) => ReactNode }) {
  const [lang, setLang] = useState(props.lang);
  return (
    <LanguageProvider lang={lang} setLang={setLang}>
      <Flow port={props.port} handle={props.handle}>
        {props.children}
      </Flow>
    </LanguageProvider>
  );
}

/**
 * Renders a tab on one shared flow (as App does), then chooses the bundled 2024 rules and reads the
 * table, each in its own act so the second step sees the first's state.
 */
export async function renderTab(
  tab: (context: TabContext) => ReactNode,
  options: { port?: FakePort; lang?: Language; read?: boolean } = {},
) {
  const port = options.port ?? fakePort();
  const handle = {} as FlowHandle;
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Harness port={port} handle={handle} lang={options.lang ?? 'sv'}>
        {tab}
      </Harness>
    </FluentProvider>,
  );
  if (options.read !== false) {
    await act(async () => {
      await handle.flow.chooseBundled('svf-2024');
    });
    await act(async () => {
      await handle.flow.readTable();
    });
  }
  return { port, handle, view };
}

/** A copy of the grid with one region's cell changed (row found by the region name in column B). */
export function withRegionCell(grid: CellGrid, regionName: string, column: number, value: CellValue): CellGrid {
  const row = grid.values.findIndex((r) => r[1] === regionName);
  if (row < 0) throw new Error(`No row for ${regionName}`);
  const values = grid.values.map((r, i) => (i === row ? r.map((cell, c) => (c === column ? value : cell)) : r));
  return { ...grid, values };
}

/** Column indexes of regionGrid(): Kod, Region, Befolkning, Inklusion, PREM, Redovisning inkommen. */
export const COLUMN = { code: 0, name: 1, population: 2, inclusion: 3, prem: 4, report: 5 } as const;
