import { Button, Input, Select, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { leafWithFact, leafWithOperator, operatorsFor } from '../../core/agreement/draft';
import type { ConditionLeaf, FactDeclaration, Localized } from '../../core/agreement/types';
import { describeCondition } from '../describeCondition';
import { ContainerProblems } from './ContainerProblems';
import { PointerField } from './PointerField';
import { ValueField } from './ValueField';
import { useEditorText } from './useEditorText';

export const useCardStyles = makeStyles({
  card: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1, margin: 0, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexShrink: 0 },
});

export interface MoveControls {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Lets the list put focus back on a button after the card moved. */
  buttonRef: (which: 'up' | 'down', element: HTMLElement | null) => void;
}

/** Up, down and remove for one condition; keyboard reachable, each named with the condition's number. */
export function CardButtons({ index, count, onMove, onRemove, buttonRef }: MoveControls) {
  const { e } = useEditorText();
  const styles = useCardStyles();
  const n = index + 1;
  return (
    <div className={styles.buttons}>
      <Button appearance="subtle" size="small" icon={<ArrowUp20Regular />} aria-label={e.moveUp(n)} title={e.moveUp(n)} disabled={index === 0} onClick={() => onMove(index - 1)} ref={(el) => buttonRef('up', el)} />
      <Button appearance="subtle" size="small" icon={<ArrowDown20Regular />} aria-label={e.moveDown(n)} title={e.moveDown(n)} disabled={index === count - 1} onClick={() => onMove(index + 1)} ref={(el) => buttonRef('down', el)} />
      <Button appearance="subtle" size="small" icon={<Delete20Regular />} aria-label={e.remove(n)} title={e.remove(n)} onClick={onRemove} />
    </div>
  );
}

/** One condition: its fact, comparison, value, id and texts, each field showing its own problems. */
export function ConditionCard(props: {
  leaf: ConditionLeaf;
  pointer: string;
  facts: readonly FactDeclaration[];
  year: number;
  controls: MoveControls;
  onChange: (leaf: ConditionLeaf) => void;
}) {
  const { leaf, pointer, facts, year, controls, onChange } = props;
  const { e, lang } = useEditorText();
  const styles = useCardStyles();
  const headingId = useId('condition');
  const fact = facts.find((f) => f.id === leaf.fact);
  const operators = fact ? operatorsFor(fact.type) : [];
  const label: Partial<Localized> = leaf.label ?? {};

  const setLabel = (lang: keyof Localized, text: string) => {
    const next = { ...label, [lang]: text };
    // Both texts cleared: the condition is described from its fact and value instead.
    const { label: _old, ...rest } = leaf;
    onChange(!next.sv && !next.en ? rest : { ...leaf, label: next as Localized });
  };

  return (
    <li className={styles.card} role="group" aria-labelledby={headingId} data-testid={`condition-${controls.index}`} data-pointer={pointer}>
      <div className={styles.head}>
        <Subtitle2 as="h5" id={headingId} className={styles.title}>
          {e.conditionHeading(controls.index + 1, describeCondition(leaf, facts, lang))}
        </Subtitle2>
        <CardButtons {...controls} />
      </div>
      <ContainerProblems pointer={pointer} />
      <PointerField pointer={`${pointer}/fact`} label={e.fact}>
        <Select
          value={fact ? fact.id : String(leaf.fact)}
          onChange={(_, data) => {
            const next = facts.find((f) => f.id === data.value);
            if (next) onChange(leafWithFact(leaf, next, year, fact));
          }}
        >
          {fact ? null : <option value={String(leaf.fact)}>{e.invalidOption(String(leaf.fact))}</option>}
          {facts.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label[lang]}
            </option>
          ))}
        </Select>
      </PointerField>
      <PointerField pointer={`${pointer}/operator`} label={e.operator}>
        <Select value={leaf.operator} onChange={(_, data) => onChange(leafWithOperator(leaf, data.value))}>
          {operators.includes(leaf.operator) ? null : <option value={leaf.operator}>{e.invalidOption(e.operators[leaf.operator] ?? leaf.operator)}</option>}
          {operators.map((op) => (
            <option key={op} value={op}>
              {e.operators[op] ?? op}
            </option>
          ))}
        </Select>
      </PointerField>
      <ValueField pointer={`${pointer}/value`} label={e.value} leaf={leaf} fact={fact} onChange={(value) => onChange({ ...leaf, value: value as ConditionLeaf['value'] })} />
      <PointerField pointer={`${pointer}/name`} label={e.conditionName}>
        <Input value={String(leaf.name ?? '')} onChange={(_, data) => onChange({ ...leaf, name: data.value })} />
      </PointerField>
      <PointerField pointer={`${pointer}/label/sv`} label={e.conditionLabelSv}>
        <Input value={label.sv ?? ''} onChange={(_, data) => setLabel('sv', data.value)} />
      </PointerField>
      <PointerField pointer={`${pointer}/label/en`} label={e.conditionLabelEn}>
        <Input value={label.en ?? ''} onChange={(_, data) => setLabel('en', data.value)} />
      </PointerField>
    </li>
  );
}
