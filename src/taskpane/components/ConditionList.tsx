import { makeStyles, tokens } from '@fluentui/react-components';
import { isLeaf, nodeChildren, type ConditionNode, type ConditionTree, type FactDeclaration } from '../../core/agreement/types';
import { nodeAssumption } from '../../core/agreement/assumptions';
import { describeCondition } from '../describeCondition';
import { useLanguage } from '../language';
import { AssumedBadge } from './AssumedBadge';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function NodeItem(props: { node: ConditionNode; facts: readonly FactDeclaration[] }) {
  const { node, facts } = props;
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const assumption = nodeAssumption(node);
  const badge = assumption ? <AssumedBadge assumption={assumption} /> : null;
  if (isLeaf(node)) {
    return (
      <li>
        {describeCondition(node, facts, lang)}
        {badge}
      </li>
    );
  }
  const [intro, children] =
    'all' in node
      ? [t.condAll, node.all]
      : 'any' in node
        ? [t.condAny, node.any]
        : 'atLeast' in node
          ? [t.condAtLeast(node.atLeast, node.of.length), node.of]
          : [t.condNot, nodeChildren(node)];
  return (
    <li>
      {node.label ? `${node.label[lang]}: ` : ''}
      {intro}
      {badge}
      <ul className={styles.list}>
        {children.map((child, index) => (
          <NodeItem key={index} node={child} facts={facts} />
        ))}
      </ul>
    </li>
  );
}

/** A tranche's condition tree in plain words, nested as the rule file nests it; assumed conditions are marked. */
export function ConditionList(props: { tree: ConditionTree; facts: readonly FactDeclaration[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      <NodeItem node={props.tree} facts={props.facts} />
    </ul>
  );
}
