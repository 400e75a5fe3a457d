import { Checkbox, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { getAt, setAt } from '../../core/agreement/pointer';
import type { Agreement, AssumedField, Assumption } from '../../core/agreement/types';
import { PointerField } from './PointerField';
import { PointerGroup } from './PointerGroup';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  about: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/**
 * Whether an item (a tranche, part, condition or group) is assumed rather than taken from a source,
 * and if so why (one line, sv and en), on what, and — where the item has several — which of its
 * fields. Switched on, the texts start empty: the rules cannot be applied until they are written.
 */
export function AssumptionFields(props: {
  pointer: string;
  value: Assumption | undefined;
  /** The fields this kind of item may name in `about`; none: the item as a whole. */
  fields: readonly AssumedField[];
  onEdit: (change: (d: Agreement) => Agreement) => void;
}) {
  const { pointer, value, fields, onEdit } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const at = `${pointer}/assumed`;
  const set = (p: string, v: unknown) => onEdit((d) => setAt(d, p, v));
  const about = value?.about ?? [];
  return (
    <div className={styles.root} data-pointer={at}>
      <PointerField pointer={at}>
        <Switch
          label={e.assumedSwitch}
          checked={value !== undefined}
          onChange={(_, data) => set(at, data.checked ? { why: { sv: '', en: '' }, source: '' } : undefined)}
        />
      </PointerField>
      {value ? (
        <>
          <PointerField pointer={`${at}/why/sv`} label={e.assumedWhySv}>
            <Input value={value.why?.sv ?? ''} onChange={(_, data) => set(`${at}/why/sv`, data.value)} />
          </PointerField>
          <PointerField pointer={`${at}/why/en`} label={e.assumedWhyEn}>
            <Input value={value.why?.en ?? ''} onChange={(_, data) => set(`${at}/why/en`, data.value)} />
          </PointerField>
          <PointerField pointer={`${at}/source`} label={e.assumedSource}>
            <Input value={value.source ?? ''} onChange={(_, data) => set(`${at}/source`, data.value)} />
          </PointerField>
          {fields.length > 0 ? (
            <PointerGroup pointer={`${at}/about`} label={e.assumedAbout}>
              <div className={styles.about}>
                {fields.map((field) => (
                  <Checkbox
                    key={field}
                    label={e.assumedFields[field] ?? field}
                    checked={about.includes(field)}
                    onChange={(_, data) =>
                      onEdit((d) => {
                        const current = (getAt(d, `${at}/about`) as AssumedField[] | undefined) ?? [];
                        const next = data.checked ? [...current.filter((f) => f !== field), field] : current.filter((f) => f !== field);
                        // In the order the form lists them, so the file reads the same whatever was ticked first.
                        const ordered = fields.filter((f) => next.includes(f));
                        return setAt(d, `${at}/about`, ordered.length > 0 ? ordered : undefined);
                      })
                    }
                  />
                ))}
              </div>
            </PointerGroup>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
