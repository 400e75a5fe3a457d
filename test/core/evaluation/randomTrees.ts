import fc from 'fast-check';
import type { ConditionNode, ConditionTree } from '../../../src/core/agreement/types';

/**
 * Random condition trees over `leaf`: all, any and not, and (unless left out) at least k of n, a few
 * levels deep; a lone leaf is wrapped in "all", as a rule file's tree starts with a group.
 */
export function randomTrees(
  leaf: fc.Arbitrary<ConditionNode>,
  options: { atLeast: boolean } = { atLeast: true },
): fc.Arbitrary<ConditionTree> {
  const { node } = fc.letrec<{ node: ConditionNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all): ConditionNode => ({ all })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any): ConditionNode => ({ any })),
      tie('node').map((not): ConditionNode => ({ not })),
      ...(options.atLeast
        ? [
            fc
              .array(tie('node'), { minLength: 1, maxLength: 3 })
              .chain((of) => fc.integer({ min: 0, max: of.length }).map((atLeast): ConditionNode => ({ atLeast, of }))),
          ]
        : []),
    ),
  }));
  return node.map((n): ConditionTree => ('fact' in n ? { all: [n] } : (n as ConditionTree)));
}
