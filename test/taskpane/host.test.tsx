// @vitest-environment jsdom
import './setup';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Pane } from '../../src/taskpane/Pane';
import { HOST_TIMEOUT_MS } from '../../src/taskpane/officeHost';
import { fakePort, stubOffice } from './fixtures';

/** Generous waits: these check what appears; officeHost.test.ts checks the 2 s limit with fake timers. */
const LIMIT_MS = 5000;

function renderPane(createPort = vi.fn(() => fakePort())) {
  render(<Pane createPort={createPort} />);
  return createPort;
}

describe('host detection', () => {
  it('shows a loading state before the host is known', () => {
    stubOffice('Excel');
    renderPane();
    expect(screen.getByTestId('pane-loading')).toHaveTextContent('Startar Kvot');
  });

  it('shows "open in Excel" when office.js did not load (Office undefined)', async () => {
    const createPort = renderPane();
    const ready = await screen.findByTestId('pane-ready', {}, { timeout: LIMIT_MS });
    expect(within(ready).getByRole('heading', { name: 'Öppna Kvot i Excel' })).toBeInTheDocument();
    expect(ready).toHaveTextContent('Kvot fick ingen kontakt med Excel');
    // Written for a finance officer: the sideloading hint is for the developer build only (outsideOffice.test.tsx).
    expect(ready).not.toHaveTextContent('npm start');
    expect(createPort).not.toHaveBeenCalled();
  });

  it('shows "open in Excel" when onReady resolves with host null', async () => {
    const onReady = stubOffice(null);
    const createPort = renderPane();
    const ready = await screen.findByTestId('pane-ready', {}, { timeout: LIMIT_MS });
    expect(onReady).toHaveBeenCalled();
    expect(within(ready).getByRole('heading', { name: 'Öppna Kvot i Excel' })).toBeInTheDocument();
    expect(ready).toHaveTextContent('vanlig webbläsare');
    expect(createPort).not.toHaveBeenCalled();
  });

  it('gives up waiting for an onReady that never resolves (timing: officeHost.test.ts)', async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
    renderPane();
    expect(screen.getByTestId('pane-loading')).toBeInTheDocument();
    // The timeout itself is checked with fake timers; here only that the pane gets there, with slack for a loaded machine.
    const ready = await screen.findByTestId('pane-ready', {}, { timeout: HOST_TIMEOUT_MS + 3000 });
    expect(within(ready).getByRole('heading', { name: 'Öppna Kvot i Excel' })).toBeInTheDocument();
  });

  it('treats another Office host as outside Excel', async () => {
    stubOffice('Word');
    renderPane();
    expect(await screen.findByTestId('pane-ready')).toHaveTextContent('annat Office-program');
  });

  it('opens the app inside Excel with a port from the factory, in English when Office is', async () => {
    stubOffice('Excel', { displayLanguage: 'en-US' });
    const createPort = renderPane();
    const ready = await screen.findByTestId('pane-ready');
    expect(createPort).toHaveBeenCalled();
    expect(within(ready).getByRole('tab', { name: 'Distribute' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Choose agreement')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('is Swedish inside a Swedish Excel', async () => {
    stubOffice('Excel', { displayLanguage: 'sv-SE' });
    renderPane();
    await screen.findByTestId('pane-ready');
    expect(screen.getByRole('tab', { name: 'Fördela' })).toBeInTheDocument();
    expect(screen.getByLabelText('Välj överenskommelse')).toBeInTheDocument();
  });

  it('shows the error when the workbook adapter cannot be created', async () => {
    stubOffice('Excel');
    renderPane(
      vi.fn(() => {
        throw new Error('ExcelApi 1.4 saknas');
      }),
    );
    const ready = await screen.findByTestId('pane-ready');
    expect(within(ready).getByRole('alert')).toHaveTextContent('ExcelApi 1.4 saknas');
  });
});
