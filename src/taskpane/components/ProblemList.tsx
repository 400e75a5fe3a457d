import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Localized } from '../../core/agreement/types';
import { useLanguage } from '../language';
import { Notice } from './Notice';

/**
 * A table problem (cell address, and maybe more cells it is about) or a rule-file problem (JSON
 * pointer; "" is the whole file).
 */
export type LocatedProblem = { address: string; message: Localized; cells?: readonly string[] } | { pointer: string; message: Localized };

/** Cells beyond the first shown as links under a problem. */
const SHOWN_CELLS = 8;

/** Long lists are cut here; the count of the rest is shown. */
const SHOWN = 100;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  location: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  cells: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/**
 * Problems with where they are. With onLocate, each location is a link that selects the cell in
 * the workbook; without it (rule files) the location is shown as code.
 */
export function ProblemList(props: {
  intent: 'error' | 'warning' | 'info';
  title: string;
  problems: readonly LocatedProblem[];
  onLocate?: (location: string) => void;
  testId?: string;
  /** What an empty JSON pointer is called; the pane's "(hela filen)" by default. */
  rootLabel?: string;
}) {
  const { intent, title, problems, onLocate, testId, rootLabel } = props;
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const items = problems.map((p) => ({
    location: 'address' in p ? p.address : p.pointer || (rootLabel ?? t.rootPointer),
    message: p.message[lang],
    // Further cells the problem is about, each selectable (the first is the location itself).
    more: 'address' in p && p.cells ? p.cells.filter((cell) => cell !== p.address) : [],
  }));
  const link = (location: string) =>
    onLocate ? (
      <Link key={location} as="button" className={styles.location} aria-label={t.goToCell(location)} onClick={() => onLocate(location)}>
        {location}
      </Link>
    ) : (
      <code key={location} className={styles.location}>
        {location}
      </code>
    );
  return (
    <Notice intent={intent} title={title} testId={testId}>
      <ul className={styles.list}>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={`${item.location}-${index}`}>
            {item.location ? link(item.location) : null}
            {`: ${item.message}`}
            {onLocate && item.more.length > 0 ? (
              <span className={styles.cells}>
                {item.more.slice(0, SHOWN_CELLS).map(link)}
                {item.more.length > SHOWN_CELLS ? <span>{t.moreCells(item.more.length - SHOWN_CELLS)}</span> : null}
              </span>
            ) : null}
          </li>
        ))}
        {items.length > SHOWN ? <li>{t.andMore(items.length - SHOWN)}</li> : null}
      </ul>
    </Notice>
  );
}
