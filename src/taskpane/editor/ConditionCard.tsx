import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { defaultValue, leafWithFact, leafWithOperator, leafWithValue, operatorsFor } from '../../core/agreement/draft';
import { labelMismatches, labelWithValue } from '../../core/agreement/labelValues';
import type { Agreement, ConditionLeaf, FactDeclaration, Localized } from '../../core/agreement/types';
import { isFactReference } from '../../core/agreement/types';
import { AssumptionFields } from './AssumptionFields';
import { describeCondition } from '../describeCondition';
import { ContainerProblems } from './ContainerProblems';
import { PointerField } from './PointerField';
import { ValueField } from './ValueField';
import { useLastValue } from './useLastValue';
import { useEditorText } from './useEditorText';
import { pick } from '../../core/i18n';

export const useCardStyles = makeStyles({
  /** The list item carries no role: the group inside it does (a role on the li would hide it from the list). */
  item: { listStyleType: 'none' },
  card: {
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
  fix: { alignSelf: 'flex-start' },
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
      <Button
        appearance="subtle"
        size="small"
        icon={<ArrowUp20Regular />}
        aria-label={e.moveUp(n)}
        title={e.moveUp(n)}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        ref={(el) => buttonRef('up', el)}
      />
      <Button
        appearance="subtle"
        size="small"
        icon={<ArrowDown20Regular />}
        aria-label={e.moveDown(n)}
        title={e.moveDown(n)}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
        ref={(el) => buttonRef('down', el)}
      />
      <Button appearance="subtle" size="small" icon={<Delete20Regular />} aria-label={e.remove(n)} title={e.remove(n)} onClick={onRemove} />
    </div>
  );
}

/**
 * One condition: its fact, comparison, value, id and texts, each field showing its own problems. A
 * new condition starts blank: fact, comparison and value are chosen by the user. Its texts follow
 * the value while they name it; a text naming another value is flagged, with a button to fix it.
 */
export function ConditionCard(props: {
  leaf: ConditionLeaf;
  pointer: string;
  facts: readonly FactDeclaration[];
  year: number;
  /** Every condition name in the rule set (a blank condition's new name must be free). */
  names: readonly string[];
  controls: MoveControls;
  onChange: (leaf: ConditionLeaf) => void;
  /** Edits elsewhere in the draft at this condition's pointer (its assumption). */
  onEdit: (change: (d: Agreement) => Agreement) => void;
}) {
  const { leaf, pointer, facts, year, names, controls, onChange, onEdit } = props;
  const { e, lang } = useEditorText();
  const styles = useCardStyles();
  const headingId = useId('condition');
  const fact = facts.find((f) => f.id === leaf.fact);
  const operators = fact ? operatorsFor(fact.type) : [];
  const label: Partial<Localized> = leaf.label ?? {};
  const blankFact = leaf.fact === '';
  const blankOperator = leaf.operator === '';
  const incomplete = blankFact || blankOperator || isBlankValue(leaf.value);
  const mismatches = fact ? labelMismatches(leaf, fact.type) : [];
  const lastValue = useLastValue(leaf.value, fact?.type);
  const mismatch = (lang: keyof Localized) => mismatches.find((m) => m.lang === lang);
  const reference = isFactReference(leaf.value) ? leaf.value : null;
  // Another fact of the same type to compare with (not the condition's own).
  const comparable = fact ? facts.filter((f) => f.type === fact.type && f.id !== fact.id) : [];

  const setLabel = (lang: keyof Localized, text: string) => {
    const next = { ...label, [lang]: text };
    // Both texts cleared: the condition is described from its fact and value instead.
    const { label: _old, ...rest } = leaf;
    onChange(!next.sv && !next.en ? rest : { ...leaf, label: next as Localized });
  };

  const labelField = (which: keyof Localized) => {
    const found = mismatch(which);
    return (
      <PointerField
        pointer={`${pointer}/label/${which}`}
        label={pick(which, { sv: e.conditionLabelSv, en: e.conditionLabelEn })}
        warning={found ? e.labelMismatch(found.mentioned, found.required) : null}
      >
        <Input value={label[which] ?? ''} onChange={(_, data) => setLabel(which, data.value)} />
      </PointerField>
    );
  };

  return (
    <li className={styles.item} data-testid={`condition-${controls.index}`} data-pointer={pointer} data-incomplete={incomplete}>
      <div className={styles.card} role="group" aria-labelledby={headingId}>
        <div className={styles.head}>
          <Subtitle2 as="h5" id={headingId} className={styles.title}>
            {e.conditionHeading(controls.index + 1, incomplete ? e.newConditionTitle : describeCondition(leaf, facts, lang))}
          </Subtitle2>
          <CardButtons {...controls} />
        </div>
        {incomplete ? <Caption1>{e.completeCondition}</Caption1> : null}
        <ContainerProblems pointer={pointer} />
        <PointerField pointer={`${pointer}/fact`} label={e.fact}>
          <Select
            value={fact ? fact.id : String(leaf.fact)}
            onChange={(_, data) => {
              const next = facts.find((f) => f.id === data.value);
              if (next) onChange(leafWithFact(leaf, next, year, fact, names));
            }}
          >
            {blankFact ? (
              <option value="" disabled>
                {e.choose}
              </option>
            ) : fact ? null : (
              <option value={String(leaf.fact)}>{e.invalidOption(String(leaf.fact))}</option>
            )}
            {facts.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label[lang]}
              </option>
            ))}
          </Select>
        </PointerField>
        {blankFact ? null : (
          <PointerField pointer={`${pointer}/operator`} label={e.operator}>
            <Select value={leaf.operator} onChange={(_, data) => onChange(leafWithOperator(leaf, data.value))}>
              {blankOperator ? (
                <option value="" disabled>
                  {e.choose}
                </option>
              ) : operators.includes(leaf.operator) ? null : (
                <option value={leaf.operator}>{e.invalidOption(e.operators[leaf.operator] ?? leaf.operator)}</option>
              )}
              {operators.map((op) => (
                <option key={op} value={op}>
                  {e.operators[op] ?? op}
                </option>
              ))}
            </Select>
          </PointerField>
        )}
        {blankFact || blankOperator ? null : (
          <>
            {isList(leaf.operator) ? null : (
              <Field label={e.compareWith}>
                <RadioGroup
                  layout="horizontal"
                  value={reference ? 'fact' : 'value'}
                  onChange={(_, data) => {
                    if (data.value === 'fact') onChange({ ...leaf, value: { fact: comparable[0]?.id ?? '' } });
                    else onChange({ ...leaf, value: fact ? defaultValue(fact.type, leaf.operator, year) : '' });
                  }}
                >
                  <Radio value="value" label={e.compareValue} />
                  <Radio value="fact" label={e.compareFact} />
                </RadioGroup>
              </Field>
            )}
            {reference ? (
              <PointerField pointer={`${pointer}/value`}>
                <PointerField pointer={`${pointer}/value/fact`} label={e.compareFact}>
                  <Select value={reference.fact} onChange={(_, data) => onChange({ ...leaf, value: { fact: data.value } })}>
                    {comparable.some((f) => f.id === reference.fact) ? null : (
                      <option value={reference.fact}>{reference.fact === '' ? e.choose : e.invalidOption(reference.fact)}</option>
                    )}
                    {comparable.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label[lang]}
                      </option>
                    ))}
                  </Select>
                </PointerField>
              </PointerField>
            ) : (
              <ValueField
                pointer={`${pointer}/value`}
                label={e.value}
                leaf={leaf}
                fact={fact}
                onChange={(value) => onChange(leafWithValue(leaf, value, fact, lastValue.current))}
              />
            )}
          </>
        )}
        <PointerField pointer={`${pointer}/name`} label={e.conditionName}>
          <Input value={String(leaf.name ?? '')} onChange={(_, data) => onChange({ ...leaf, name: data.value })} />
        </PointerField>
        {labelField('sv')}
        {labelField('en')}
        <AssumptionFields pointer={pointer} value={leaf.assumed} fields={['value']} onEdit={onEdit} />
        {mismatches.length > 0 && fact ? (
          <Button className={styles.fix} size="small" onClick={() => onChange({ ...leaf, label: labelWithValue(leaf, fact.type) })}>
            {e.fixLabel}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

const isList = (operator: string) => operator === 'in' || operator === 'notIn';

const isBlankValue = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);
