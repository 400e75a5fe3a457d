import { Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { isWeightBasis } from '../../core/agreement/basis';
import type { Basis, FactDeclaration } from '../../core/agreement/types';
import { PointerField } from './PointerField';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

const INHERIT = 'inherit';

/**
 * How a tranche or part is split: by population, in equal shares, or by a weight column (a numeric
 * fact), optionally minus another (an improvement) with negative weights counted as zero. A part
 * may take its tranche's basis (`inherit`: no basis of its own).
 */
export function BasisField(props: {
  pointer: string;
  value: Basis | undefined;
  facts: readonly FactDeclaration[];
  inherit?: boolean;
  onChange: (basis: Basis | undefined) => void;
}) {
  const { pointer, value, facts, inherit = false, onChange } = props;
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const numeric = facts.filter((f) => (f.type === 'number' || f.type === 'percent') && f.role !== 'regionCode' && f.role !== 'regionName');
  const kind = value === undefined ? INHERIT : isWeightBasis(value) ? 'fact' : String(value);
  const weight = isWeightBasis(value) ? value : null;
  const firstFact = numeric.find((f) => f.role !== 'population') ?? numeric[0];
  return (
    <div className={styles.root}>
      <PointerField pointer={pointer} label={e.basis}>
        <Select
          value={kind}
          onChange={(_, data) => {
            if (data.value === INHERIT) onChange(undefined);
            else if (data.value === 'fact') onChange({ fact: firstFact?.id ?? '' });
            else onChange(data.value as Basis);
          }}
        >
          {inherit ? <option value={INHERIT}>{e.basisInherit}</option> : null}
          <option value="population">{e.basisPopulation}</option>
          <option value="equal">{e.basisEqual}</option>
          <option value="fact">{e.basisFact}</option>
        </Select>
      </PointerField>
      {weight ? (
        <>
          <PointerField pointer={`${pointer}/fact`} label={e.basisWeight}>
            <Select value={weight.fact} onChange={(_, data) => onChange({ ...weight, fact: data.value })}>
              {numeric.some((f) => f.id === weight.fact) ? null : <option value={weight.fact}>{e.invalidOption(weight.fact)}</option>}
              {numeric.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label[lang]}
                </option>
              ))}
            </Select>
          </PointerField>
          <PointerField pointer={`${pointer}/minus`} label={e.basisMinus}>
            <Select
              value={weight.minus ?? ''}
              onChange={(_, data) => {
                const { minus: _old, ...rest } = weight;
                onChange(data.value === '' ? rest : { ...rest, minus: data.value });
              }}
            >
              <option value="">{e.basisNoMinus}</option>
              {numeric.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label[lang]}
                </option>
              ))}
            </Select>
          </PointerField>
          <PointerField pointer={`${pointer}/clampAtZero`}>
            <Switch
              label={e.basisClamp}
              checked={weight.clampAtZero === true}
              onChange={(_, data) => {
                const { clampAtZero: _old, ...rest } = weight;
                onChange(data.checked ? { ...rest, clampAtZero: true } : rest);
              }}
            />
          </PointerField>
        </>
      ) : null}
    </div>
  );
}
