import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from '../whatif/i18n';

/** Rows of a region table rendered at first and added per "show more": a 20 000-row table is not all put on screen. */
export const PREVIEW_PAGE = 50;

/** How many rows to render, and the button that adds a page (none when all are shown). */
export function usePage(total: number) {
  const [count, setCount] = useState(PREVIEW_PAGE);
  const shown = Math.min(count, total);
  const more =
    shown < total ? (
      <Button size="small" onClick={() => setCount((c) => c + PREVIEW_PAGE)} data-testid="payout-more">
        <ShowMoreText shown={shown} total={total} />
      </Button>
    ) : null;
  return { shown, more };
}

function ShowMoreText({ shown, total }: { shown: number; total: number }) {
  const { lang } = useLanguage();
  return <>{WHAT_IF_MESSAGES[lang].showMore(shown, total)}</>;
}
