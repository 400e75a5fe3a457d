import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Localized } from '../../core/agreement/types';
import { useLanguage } from '../language';
import { Notice } from './Notice';

/** A table problem (cell address) or a rule-file problem (JSON pointer; "" is the whole file). */
export type LocatedProblem = { address: string; message: Localized } | { pointer: string; message: Localized };

/** Long lists are cut here; the count of the rest is shown. */
const SHOWN = 100;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  location: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * Problems with where they are. With onLocate, each location is a link that selects the cell in
 * the workbook; without it (rule files) the location is shown as code.
 */
export function ProblemList(props: {
  intent: 'error' | 'warning';
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
  }));
  return (
    <Notice intent={intent} title={title} testId={testId}>
      <ul className={styles.list}>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={`${item.location}-${index}`}>
            {onLocate && item.location ? (
              <Link as="button" className={styles.location} aria-label={t.goToCell(item.location)} onClick={() => onLocate(item.location)}>
                {item.location}
              </Link>
            ) : (
              <code className={styles.location}>{item.location}</code>
            )}
            {`: ${item.message}`}
          </li>
        ))}
        {items.length > SHOWN ? <li>{t.andMore(items.length - SHOWN)}</li> : null}
      </ul>
    </Notice>
  );
}
