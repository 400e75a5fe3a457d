import { useRef } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { BUNDLED_RULES } from '../bundledRules';
import { useLanguage } from '../language';

/** The value of the select's option for a rule file opened from disk. */
export const FILE_CHOICE = 'file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  open: { alignSelf: 'flex-start' },
});

/** A bundled rule file from the list, or a JSON rule file opened from disk. */
export function AgreementPicker(props: {
  choice: string;
  fileName: string | null;
  disabled: boolean;
  onChooseBundled: (id: string) => void;
  onOpenFile: (file: File) => void;
}) {
  const { choice, fileName, disabled, onChooseBundled, onOpenFile } = props;
  const { t } = useLanguage();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className={styles.root}>
      <Field label={t.agreementLabel}>
        <Select
          value={choice}
          disabled={disabled}
          onChange={(_, data) => {
            if (data.value !== FILE_CHOICE && data.value !== '') onChooseBundled(data.value);
          }}
        >
          <option value="" disabled>
            {t.agreementPlaceholder}
          </option>
          {BUNDLED_RULES.map((rule) => (
            <option key={rule.id} value={rule.id}>
              {t.bundledOption(rule.year === null ? rule.id : String(rule.year), rule.kind)}
            </option>
          ))}
          {fileName ? <option value={FILE_CHOICE}>{t.agreementFromFile(fileName)}</option> : null}
        </Select>
      </Field>
      <Button className={styles.open} icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
        {t.openRuleFile}
      </Button>
      {/* The button above is the control users reach; the input only opens the file dialog. */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t.openRuleFileInput}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // so the same file can be opened again after fixing it
          if (file) onOpenFile(file);
        }}
      />
    </div>
  );
}
