import { useRef } from 'react';
import { Input, Subtitle2, Switch, makeStyles, tokens, useId } from '@fluentui/react-components';
import {
  addCondition,
  conditionsOnFact,
  findShortcut,
  leafWithValue,
  newCondition,
  removeCondition,
  topGroup,
} from '../../core/agreement/draft';
import { parsePercent, percentText } from '../../core/agreement/fieldValues';
import { getAt, setAt } from '../../core/agreement/pointer';
import type { Agreement, ConditionLeaf } from '../../core/agreement/types';
import { toIsoDate } from '../../core/table/dates';
import { conditionPointer } from './layout';
import { ParsedInput } from './ParsedInput';
import { PointerField } from './PointerField';
import { useEditorText } from './useEditorText';
import { percentFieldMessage } from './percentField';
import { useLastValue } from './useLastValue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

const THRESHOLD_OPERATORS = ['greaterThanInclusive', 'greaterThan'];

/** The condition at `pointer` with a new value, its texts following (as the condition's own field does). */
function setLeafValue(draft: Agreement, pointer: string, value: unknown, lastValue: unknown): Agreement {
  const leaf = getAt(draft, pointer) as ConditionLeaf;
  return setAt(
    draft,
    pointer,
    leafWithValue(
      leaf,
      value,
      draft.facts.find((f) => f.id === leaf.fact),
      lastValue,
    ),
  );
}

/**
 * The parameters finance officers change most, on top: the threshold (the first percent condition
 * compared with ≥ or >), each yes/no requirement on or off (e.g. PREM), and the deadline (the first
 * date condition with "on or before"). They edit the same conditions as the list below.
 */
export function ConditionShortcuts(props: {
  draft: Agreement;
  trancheIndex: number;
  onEdit: (change: (d: Agreement) => Agreement) => void;
}) {
  const { draft, trancheIndex, onEdit } = props;
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('shortcuts');
  // A requirement switched off and on again comes back as it was, at its place.
  const removed = useRef(new Map<string, { leaf: ConditionLeaf; index: number }>());
  const tranche = draft.tranches[trancheIndex];
  const group = topGroup(tranche);
  const editable = group && group.kind !== 'readOnly' ? group : null;
  const leafAt = (index: number | null) =>
    index === null || !editable
      ? null
      : { leaf: editable.children[index] as ConditionLeaf, pointer: conditionPointer(trancheIndex, editable.kind, index) };
  const threshold = editable ? leafAt(findShortcut(tranche, draft.facts, 'percent', THRESHOLD_OPERATORS)) : null;
  const deadline = editable ? leafAt(findShortcut(tranche, draft.facts, 'date', ['onOrBefore'])) : null;
  const lastThreshold = useLastValue(threshold?.leaf.value, 'percent');
  const lastDeadline = useLastValue(deadline?.leaf.value, 'date');
  if (!editable) return null;
  const factOf = (leaf: ConditionLeaf) => draft.facts.find((f) => f.id === leaf.fact)!;
  const requirements = draft.facts.filter((f) => f.type === 'boolean' && !f.role);

  const toggle = (factId: string, on: boolean) =>
    onEdit((d) => {
      const fact = d.facts.find((f) => f.id === factId)!;
      if (on) {
        const memory = removed.current.get(factId);
        removed.current.delete(factId);
        return addCondition(d, trancheIndex, memory?.leaf ?? newCondition(d, fact), memory?.index);
      }
      const indices = conditionsOnFact(d.tranches[trancheIndex], factId);
      const current = topGroup(d.tranches[trancheIndex]);
      if (indices.length > 0 && current && current.kind !== 'readOnly') {
        removed.current.set(factId, { leaf: current.children[indices[0]] as ConditionLeaf, index: indices[0] });
      }
      return indices.reverse().reduce((acc, i) => removeCondition(acc, trancheIndex, i), d);
    });

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {e.shortcutsHeading}
      </Subtitle2>
      {threshold ? (
        <PointerField
          pointer={`${threshold.pointer}/value`}
          label={e.thresholdShortcut(factOf(threshold.leaf).label[lang])}
          invalidInput={percentFieldMessage(threshold.leaf.value, lang, e).error}
          hint={percentFieldMessage(threshold.leaf.value, lang, e).hint ?? undefined}
        >
          <ParsedInput
            value={threshold.leaf.value}
            inputMode="decimal"
            contentAfter="%"
            format={(v) => percentText(v, lang)}
            parse={parsePercent}
            onValueChange={(value) => onEdit((d) => setLeafValue(d, threshold.pointer, value, lastThreshold.current))}
          />
        </PointerField>
      ) : null}
      {requirements.map((fact) => (
        <Switch
          key={fact.id}
          label={e.requirementShortcut(fact.label[lang])}
          checked={conditionsOnFact(tranche, fact.id).length > 0}
          onChange={(_, data) => toggle(fact.id, data.checked)}
        />
      ))}
      {deadline ? (
        <PointerField pointer={`${deadline.pointer}/value`} label={e.deadlineShortcut(factOf(deadline.leaf).label[lang])}>
          <Input
            type="date"
            value={toIsoDate(deadline.leaf.value) ?? ''}
            onChange={(_, data) => onEdit((d) => setLeafValue(d, deadline.pointer, data.value, lastDeadline.current))}
          />
        </PointerField>
      ) : null}
    </section>
  );
}
