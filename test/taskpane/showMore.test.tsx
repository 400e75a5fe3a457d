// @vitest-environment jsdom
import './setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { computePayouts } from '../../src/core/payout/compute';
import type { Agreement } from '../../src/core/agreement/types';
import { LanguageProvider } from '../../src/taskpane/language';
import { RegionList } from '../../src/taskpane/components/RegionList';
import { PayoutPreview } from '../../src/taskpane/components/PayoutPreview';
import { PREVIEW_PAGE } from '../../src/taskpane/components/ShowMore';
import { bundledAgreement, regionRow } from '../core/official';

/** The 2024 rules without their list of regions, and n synthetic regions meeting every condition. */
async function largeResult(n: number) {
  const agreement: Agreement = { ...bundledAgreement(2024), regions: undefined };
  const rows = Array.from({ length: n }, (_, i) =>
    regionRow(i, `R${i + 1}`, `Region ${i + 1}`, 1000 + i, {
      inclusionRate: new Decimal('0.9'),
      premUsed: true,
      reportSubmitted: '2024-09-01',
    }),
  );
  return { agreement, result: await computePayouts(agreement, rows) };
}

describe.each([
  ['the list at task-pane width', RegionList],
  ['the wide table', PayoutPreview],
])('%s on a large table', (_, View) => {
  it('renders a page of rows and the totals of all, and adds a page on request', async () => {
    const user = userEvent.setup();
    const n = PREVIEW_PAGE + 30;
    const { agreement, result } = await largeResult(n);
    render(
      <FluentProvider theme={webLightTheme}>
        <LanguageProvider lang="sv" setLang={() => undefined}>
          <View result={result} agreement={agreement} />
        </LanguageProvider>
      </FluentProvider>,
    );
    expect(screen.getAllByTestId(/^payout-row-/)).toHaveLength(PREVIEW_PAGE);
    expect(screen.getByTestId('payout-totals')).toBeInTheDocument();
    await user.click(screen.getByTestId('payout-more'));
    expect(screen.getAllByTestId(/^payout-row-/)).toHaveLength(n);
    expect(screen.queryByTestId('payout-more')).toBeNull();
  }, 120_000);
});
