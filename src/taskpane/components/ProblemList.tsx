import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useLanguage } from '../language';
import { Notice } from './Notice';

export interface ProblemItem {
  /** A cell address ("Blad1!C7") or a JSON pointer. */
  location: string;
  message: string;
}

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
  items: ProblemItem[];
  onLocate?: (location: string) => void;
  testId?: string;
}) {
  const { intent, title, items, onLocate, testId } = props;
  const { t } = useLanguage();
  const styles = useStyles();
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
