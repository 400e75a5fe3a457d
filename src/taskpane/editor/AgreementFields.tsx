import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { parseInteger } from '../../core/agreement/fieldValues';
import { setAt } from '../../core/agreement/pointer';
import type { Agreement } from '../../core/agreement/types';
import { LocalizedFields } from './LocalizedFields';
import { ParsedInput } from './ParsedInput';
import { PointerField } from './PointerField';
import { KronorField } from './TrancheEditor';
import { useEditorText } from './useEditorText';
import { GroupsEditor } from './GroupsEditor';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** The agreement itself: id, year, title, description and the budget the tranches add up to. */
export function AgreementFields(props: { draft: Agreement; onEdit: (change: (d: Agreement) => Agreement) => void }) {
  const { draft, onEdit } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const set = (pointer: string, value: unknown) => onEdit((d) => setAt(d, pointer, value));
  return (
    <div className={styles.root}>
      <PointerField pointer="/id" label={e.id}>
        <Input value={String(draft.id ?? '')} onChange={(_, data) => set('/id', data.value)} />
      </PointerField>
      <PointerField pointer="/year" label={e.year} invalidInput={typeof draft.year === 'string' ? e.yearInvalid : null}>
        <ParsedInput
          value={draft.year}
          inputMode="numeric"
          format={(v) => (typeof v === 'number' ? String(v) : String(v ?? ''))}
          parse={parseInteger}
          onValueChange={(v) => set('/year', v)}
        />
      </PointerField>
      <LocalizedFields pointer="/title" value={draft.title} labels={[e.titleSv, e.titleEn]} onEdit={onEdit} required multiline />
      <LocalizedFields
        pointer="/description"
        value={draft.description}
        labels={[e.descriptionSv, e.descriptionEn]}
        onEdit={onEdit}
        multiline
      />
      <KronorField pointer="/budget" label={e.budget} value={draft.budget} onChange={(v) => set('/budget', v)} />
      <GroupsEditor draft={draft} onEdit={onEdit} />
    </div>
  );
}
