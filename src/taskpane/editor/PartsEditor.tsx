import { Button, Radio, RadioGroup, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import Decimal from 'decimal.js';
import { Input } from '@fluentui/react-components';
import { kronorText, parseKronor } from '../../core/agreement/fieldValues';
import { shareFraction } from '../../core/agreement/parts';
import { setAt } from '../../core/agreement/pointer';
import type { Agreement, TranchePart } from '../../core/agreement/types';
import { formatKronor, formatPercent } from '../../core/format/numbers';
import { AssumptionFields } from './AssumptionFields';
import { BasisField } from './BasisField';
import { ConditionsEditor } from './ConditionsEditor';
import { ContainerProblems } from './ContainerProblems';
import { LocalizedFields } from './LocalizedFields';
import { ParsedInput } from './ParsedInput';
import { PointerField } from './PointerField';
import { useEditorText } from './useEditorText';
import { DECIMAL_SEPARATOR } from '../../core/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  add: { alignSelf: 'flex-start' },
});

/** "1/3" or "0,25" → the share as the rule file holds it ("1/3", 0.25); null for anything else. */
export function parseShare(text: string): string | number | null {
  const compact = text.replace(/\s/g, '');
  if (/^\d+\/\d+$/.test(compact)) return shareFraction(compact) ? compact : null;
  const decimal = compact.replace(',', '.');
  if (!/^0?\.\d+$|^1(\.0*)?$/.test(decimal)) return null;
  const value = new Decimal(decimal).toNumber();
  return shareFraction(value) ? value : null;
}

const shareText = (value: unknown, lang: 'sv' | 'en') =>
  typeof value === 'number' ? String(value).replace('.', DECIMAL_SEPARATOR[lang]) : typeof value === 'string' ? value : '';

/** A new part: its name to write, a share of a third to start from. */
function newPart(taken: readonly string[]): TranchePart {
  let n = taken.length + 1;
  while (taken.includes(`part${n}`)) n++;
  return { id: `part${n}`, label: { sv: `Del ${n}`, en: `Part ${n}` }, share: '1/3' };
}

/** One part: its names, its amount in kronor or as a share of the tranche, basis, conditions and assumption. */
function PartCard(props: { draft: Agreement; trancheIndex: number; index: number; onEdit: (change: (d: Agreement) => Agreement) => void }) {
  const { draft, trancheIndex, index, onEdit } = props;
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('part');
  const tranche = draft.tranches[trancheIndex];
  const part = tranche.parts![index];
  const at = `/tranches/${trancheIndex}/parts/${index}`;
  const set = (pointer: string, value: unknown) => onEdit((d) => setAt(d, pointer, value));
  const byShare = part.amount === undefined;
  const fraction = shareFraction(part.share);
  const conditional = part.conditions !== undefined;
  return (
    <li className={styles.item} data-testid={`part-editor-${trancheIndex}-${index}`} data-pointer={at}>
      <div className={styles.card} role="group" aria-labelledby={headingId}>
        <div className={styles.head}>
          <Subtitle2 as="h5" id={headingId} className={styles.title}>
            {e.partHeading(index + 1, part.label?.[lang] || String(part.id))}
          </Subtitle2>
          <Button
            appearance="subtle"
            size="small"
            icon={<Delete20Regular />}
            aria-label={e.removePart(index + 1)}
            title={e.removePart(index + 1)}
            onClick={() =>
              onEdit((d) => {
                const parts = (d.tranches[trancheIndex].parts ?? []).filter((_, i) => i !== index);
                return setAt(d, `/tranches/${trancheIndex}/parts`, parts.length > 0 ? parts : undefined);
              })
            }
          />
        </div>
        <ContainerProblems pointer={at} />
        <PointerField pointer={`${at}/id`} label={e.partId}>
          <Input value={String(part.id ?? '')} onChange={(_, data) => set(`${at}/id`, data.value)} />
        </PointerField>
        <LocalizedFields pointer={`${at}/label`} value={part.label} labels={[e.labelSv, e.labelEn]} onEdit={onEdit} required />
        <RadioGroup
          aria-label={e.partAmountKind}
          layout="horizontal"
          value={byShare ? 'share' : 'amount'}
          onChange={(_, data) =>
            onEdit((d) => {
              const current = d.tranches[trancheIndex].parts![index];
              const { amount: _a, share: _s, ...rest } = current;
              return setAt(d, at, data.value === 'share' ? { ...rest, share: '1/3' } : { ...rest, amount: 0 });
            })
          }
        >
          <Radio value="amount" label={e.partAmountKronor} />
          <Radio value="share" label={e.partAmountShare} />
        </RadioGroup>
        {byShare ? (
          <PointerField
            pointer={`${at}/share`}
            label={e.share}
            hint={
              fraction
                ? `${e.shareHint} = ${formatPercent(new Decimal(fraction.n.toString()).dividedBy(fraction.d.toString()), lang, 2, 2)}`
                : e.shareHint
            }
            invalidInput={typeof part.share === 'string' && !fraction && part.share !== '' ? e.shareInvalid : null}
          >
            <ParsedInput
              value={part.share}
              inputMode="decimal"
              format={(v) => shareText(v, lang)}
              parse={parseShare}
              onValueChange={(v) => set(`${at}/share`, v)}
            />
          </PointerField>
        ) : (
          <PointerField
            pointer={`${at}/amount`}
            label={e.amount}
            hint={typeof part.amount === 'number' ? e.kronorHint(formatKronor(new Decimal(part.amount), lang)) : undefined}
            invalidInput={typeof part.amount === 'string' ? e.kronorInvalid : null}
          >
            <ParsedInput
              value={part.amount}
              inputMode="numeric"
              contentAfter="kr"
              format={(v) => kronorText(v, lang)}
              parse={parseKronor}
              onValueChange={(v) => set(`${at}/amount`, v)}
            />
          </PointerField>
        )}
        <BasisField
          pointer={`${at}/basis`}
          value={part.basis}
          facts={draft.facts}
          inherit
          onChange={(basis) => set(`${at}/basis`, basis)}
        />
        {conditional ? (
          <PointerField pointer={`${at}/onFailure`} label={e.onFailure}>
            <RadioGroup
              value={String(part.onFailure ?? 'inherit')}
              onChange={(_, data) => set(`${at}/onFailure`, data.value === 'inherit' ? undefined : data.value)}
            >
              <Radio value="inherit" label={e.partOnFailureInherit} />
              <Radio value="redistribute" label={e.onFailureRedistribute} />
              <Radio value="withhold" label={e.onFailureWithhold} />
            </RadioGroup>
          </PointerField>
        ) : null}
        <ConditionsEditor draft={draft} trancheIndex={{ tranche: trancheIndex, part: index }} onEdit={onEdit} />
        <AssumptionFields
          pointer={at}
          value={part.assumed}
          fields={['amount', 'basis', 'baseAmount', 'conditions', 'onFailure']}
          onEdit={onEdit}
        />
      </div>
    </li>
  );
}

/** A tranche's parts (one per diagnosis, say): added, removed and edited one by one. */
export function PartsEditor(props: { draft: Agreement; trancheIndex: number; onEdit: (change: (d: Agreement) => Agreement) => void }) {
  const { draft, trancheIndex, onEdit } = props;
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('parts');
  const parts = draft.tranches[trancheIndex].parts ?? [];
  const at = `/tranches/${trancheIndex}/parts`;
  return (
    // Named with the tranche: every tranche has a "Delar" section, and landmarks must differ by name.
    <section className={styles.root} aria-label={`${e.partsHeading}: ${draft.tranches[trancheIndex].label[lang]}`} data-pointer={at}>
      <Subtitle2 as="h4" id={headingId}>
        {e.partsHeading}
      </Subtitle2>
      <ContainerProblems pointer={at} />
      {parts.length > 0 ? (
        <ol className={styles.list}>
          {parts.map((_, index) => (
            <PartCard key={index} draft={draft} trancheIndex={trancheIndex} index={index} onEdit={onEdit} />
          ))}
        </ol>
      ) : null}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        onClick={() =>
          onEdit((d) =>
            setAt(d, at, [...(d.tranches[trancheIndex].parts ?? []), newPart((d.tranches[trancheIndex].parts ?? []).map((p) => p.id))]),
          )
        }
      >
        {e.addPart}
      </Button>
    </section>
  );
}
