// @vitest-environment jsdom
import './setup';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/core/agreement/types';
import { OutsideOffice, isDeveloperBuild } from '../../src/taskpane/components/OutsideOffice';
import { LanguageProvider } from '../../src/taskpane/language';

function show(reason: 'officeJsMissing' | 'noHost' | 'timeout' | 'otherHost', lang: Language = 'sv', developer?: boolean) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang} setLang={() => undefined}>
        <OutsideOffice host={{ kind: 'outside', reason }} {...(developer === undefined ? {} : { developer })} />
      </LanguageProvider>
    </FluentProvider>,
  );
  return screen.getByTestId('pane-ready');
}

afterEach(() => vi.unstubAllEnvs());

describe('the page outside Excel', () => {
  it('tells a finance officer what Kvot is, that it needs Excel and how to open it from the ribbon', () => {
    const page = show('noHost');
    expect(within(page).getByRole('heading', { name: 'Öppna Kvot i Excel' })).toBeInTheDocument();
    expect(page).toHaveTextContent('vanlig webbläsare, utanför Excel');
    expect(page).toHaveTextContent('fördelar utbetalningarna efter befolkning, på kronan');
    expect(page).toHaveTextContent('fungerar bara inne i Excel');
    const steps = within(within(page).getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual([
      'Öppna arbetsboken med regiontabellen i Excel.',
      'Välj Start → Tillägg (i vissa versioner Infoga → Tillägg) och välj Kvot.',
      'Klicka på Fördela på fliken Start. Kvot öppnas i ett fönster till höger om bladet.',
    ]);
    // No developer words for the officer.
    expect(page).not.toHaveTextContent(/npm|manifest|Office\.js|sideload/i);
    expect(screen.queryByTestId('developer-hint')).toBeNull();
  });

  it('says why in plain words for every reason, in English too', () => {
    expect(show('officeJsMissing')).toHaveTextContent('Kvot fick ingen kontakt med Excel');
    document.body.innerHTML = '';
    expect(show('otherHost')).toHaveTextContent('ett annat Office-program än Excel');
    document.body.innerHTML = '';
    const page = show('timeout', 'en');
    expect(within(page).getByRole('heading', { name: 'Open Kvot in Excel' })).toBeInTheDocument();
    expect(page).toHaveTextContent('Choose Home → Add-ins (in some versions Insert → Add-ins) and choose Kvot.');
    // The ribbon button's word, as in the manifest and the tab.
    expect(page).toHaveTextContent('Click Distribute on the Home tab.');
  });

  it('adds the sideloading hint in the developer build only', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(isDeveloperBuild()).toBe(true);
    const page = show('noHost');
    expect(within(page).getByRole('complementary', { name: 'För utvecklare' })).toHaveTextContent('kör npm start');
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDeveloperBuild()).toBe(false);
  });
});
