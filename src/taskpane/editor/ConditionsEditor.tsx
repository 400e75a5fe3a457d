import { useEffect, useRef } from 'react';
import { Button, Caption1, Radio, RadioGroup, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import {
  addCondition,
  blankCondition,
  conditionNames,
  groupKey,
  isLeafNode,
  moveCondition,
  ownerOf,
  ownerPointer,
  removeCondition,
  setAtLeast,
  setGroupKind,
  topGroup,
  type ConditionOwner,
} from '../../core/agreement/draft';
import { parseInteger } from '../../core/agreement/fieldValues';
import { setAt } from '../../core/agreement/pointer';
import type { Agreement, ConditionNode } from '../../core/agreement/types';
import { ConditionCard, CardButtons, useCardStyles, type MoveControls } from './ConditionCard';
import { ContainerProblems } from './ContainerProblems';
import { describeNode } from './describeNode';
import { conditionPointer } from './layout';
import { NodeLines } from './NodeLines';
import { ParsedInput } from './ParsedInput';
import { PointerField } from './PointerField';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  add: { alignSelf: 'flex-start' },
});

const topGroupLength = (item: { conditions?: unknown }) => {
  const group = topGroup(item);
  return group && group.kind !== 'readOnly' ? group.children.length : 0;
};

/** A nested group inside the top-level group: shown in words, movable and removable, not edited here. */
function NestedItem(props: { node: ConditionNode; pointer: string; draft: Agreement; controls: MoveControls }) {
  const { node, pointer, draft, controls } = props;
  const { e, lang } = useEditorText();
  const styles = useCardStyles();
  const headingId = useId('group');
  return (
    <li className={styles.item} data-testid={`condition-${controls.index}`} data-pointer={pointer}>
      <div className={styles.card} role="group" aria-labelledby={headingId}>
        <div className={styles.head}>
          <Subtitle2 as="h5" id={headingId} className={styles.title}>
            {e.nestedGroup(controls.index + 1)}
          </Subtitle2>
          <CardButtons {...controls} />
        </div>
        <ContainerProblems pointer={pointer} />
        <NodeLines lines={[describeNode(node, draft.facts, lang, e)]} />
        <Caption1>{e.nestedNote}</Caption1>
      </div>
    </li>
  );
}

/**
 * A tranche's conditions: all or any, then each condition with its fields, in order. Conditions
 * can be added, removed and moved; focus stays on the moved condition's button.
 */
export function ConditionsEditor(props: {
  draft: Agreement;
  trancheIndex: ConditionOwner;
  onEdit: (change: (d: Agreement) => Agreement) => void;
}) {
  const { draft, trancheIndex: owner, onEdit } = props;
  const at = ownerPointer(owner);
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('conditions');
  const buttons = useRef(new Map<string, HTMLElement>());
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ index: number; which: 'up' | 'down' | 'fact' } | null>(null);
  const tranche = ownerOf(draft, owner);
  const group = topGroup(tranche);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if (pending.which === 'fact') {
      // A new condition: straight to its first choice.
      list.current
        ?.querySelector<HTMLElement>(
          `[data-pointer="${conditionPointer(owner, topGroup(tranche)?.kind ?? 'all', pending.index)}/fact"] select`,
        )
        ?.focus();
      return;
    }
    const wanted = buttons.current.get(`${pending.index}:${pending.which}`);
    const other = buttons.current.get(`${pending.index}:${pending.which === 'up' ? 'down' : 'up'}`);
    (wanted && !(wanted as HTMLButtonElement).disabled ? wanted : other)?.focus();
  });

  const addButton = (
    <Button
      className={styles.add}
      icon={<Add20Regular />}
      onClick={() =>
        onEdit((d) => {
          pendingFocus.current = { index: topGroupLength(ownerOf(d, owner)), which: 'fact' };
          return addCondition(d, owner, blankCondition(d));
        })
      }
    >
      {e.addCondition}
    </Button>
  );

  if (!group) return addButton;
  if (group.kind === 'readOnly') {
    return (
      <div className={styles.root} data-pointer={`${at}/conditions`}>
        <ContainerProblems pointer={`${at}/conditions`} />
        <Caption1>{e.readOnlyTree}</Caption1>
        <NodeLines lines={[describeNode(tranche.conditions, draft.facts, lang, e)]} />
      </div>
    );
  }

  const kind = group.kind;
  const names = conditionNames(draft);
  const controls = (index: number): MoveControls => ({
    index,
    count: group.children.length,
    onMove: (to) => {
      pendingFocus.current = { index: to, which: to < index ? 'up' : 'down' };
      onEdit((d) => moveCondition(d, owner, index, to));
    },
    onRemove: () => onEdit((d) => removeCondition(d, owner, index)),
    buttonRef: (which, element) => {
      if (element) buttons.current.set(`${index}:${which}`, element);
      else buttons.current.delete(`${index}:${which}`);
    },
  });

  const key = groupKey(kind);
  return (
    // Named with its tranche or part: several "Villkor" sections are on screen, and landmarks must differ by name.
    <section className={styles.root} aria-label={`${e.conditionsHeading}: ${tranche.label[lang]}`} data-pointer={`${at}/conditions`}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {e.conditionsHeading}
      </Subtitle2>
      <ContainerProblems pointer={`${at}/conditions`} />
      <ContainerProblems pointer={`${at}/conditions/${key}`} />
      <RadioGroup
        aria-label={e.groupKind}
        value={kind}
        onChange={(_, data) =>
          onEdit((d) => setGroupKind(d, owner, data.value === 'any' ? 'any' : data.value === 'atLeast' ? 'atLeast' : 'all'))
        }
      >
        <Radio value="all" label={e.groupAll} />
        <Radio value="any" label={e.groupAny} />
        <Radio value="atLeast" label={e.groupAtLeast} />
      </RadioGroup>
      {kind === 'atLeast' ? (
        <PointerField
          pointer={`${at}/conditions/atLeast`}
          label={e.atLeastK}
          invalidInput={typeof group.k === 'string' ? e.numberInvalid : null}
        >
          <ParsedInput
            value={group.k}
            inputMode="numeric"
            format={(v) => (typeof v === 'number' ? String(v) : String(v ?? ''))}
            parse={parseInteger}
            onValueChange={(v) => onEdit((d) => setAtLeast(d, owner, v))}
          />
        </PointerField>
      ) : null}
      <ol className={styles.list} ref={list} data-pointer={`${at}/conditions/${key}`}>
        {group.children.map((node, index) => {
          const pointer = conditionPointer(owner, kind, index);
          return isLeafNode(node) ? (
            <ConditionCard
              key={index}
              leaf={node}
              pointer={pointer}
              facts={draft.facts}
              year={draft.year}
              names={names}
              controls={controls(index)}
              onChange={(leaf) => onEdit((d) => setAt(d, pointer, leaf))}
              onEdit={onEdit}
            />
          ) : (
            <NestedItem key={index} node={node} pointer={pointer} draft={draft} controls={controls(index)} />
          );
        })}
      </ol>
      {addButton}
    </section>
  );
}
