import { makeStyles, tokens } from '@fluentui/react-components';
import type { NodeLine } from './describeNode';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/** A described condition tree as nested lists. */
export function NodeLines({ lines }: { lines: NodeLine[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {lines.map((line, i) => (
        <li key={i}>
          {line.text}
          {line.children.length > 0 ? <NodeLines lines={line.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
