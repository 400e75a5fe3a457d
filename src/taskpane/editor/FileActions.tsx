import { useRef } from 'react';
import { Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, Delete20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEditorText } from './useEditorText';
import { Notice } from '../components/Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Rules in the workbook (save, remove) and as files (export, import). */
export function FileActions(props: {
  valid: boolean;
  /** Condition texts naming another value than their condition: said beside Export, which writes them so. */
  mismatchCount: number;
  busy: boolean;
  hasWorkbookRules: boolean;
  onSave: () => void;
  onClear: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  const { valid, mismatchCount, busy, hasWorkbookRules, onSave, onClear, onExport, onImport } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const headingId = useId('file');
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {e.fileHeading}
      </Subtitle2>
      <div className={styles.buttons}>
        <Button icon={<Save20Regular />} disabled={busy || !valid} onClick={onSave}>
          {e.saveToWorkbook}
        </Button>
        <Button icon={<Delete20Regular />} disabled={busy || !hasWorkbookRules} onClick={onClear}>
          {e.clearWorkbook}
        </Button>
      </div>
      <Caption1>{e.saveHint}</Caption1>
      <div className={styles.buttons}>
        <Button icon={<ArrowDownload20Regular />} disabled={!valid} onClick={onExport}>
          {e.exportJson}
        </Button>
        <Button icon={<ArrowUpload20Regular />} onClick={() => input.current?.click()}>
          {e.importJson}
        </Button>
      </div>
      {valid && mismatchCount > 0 ? <Notice intent="warning" title={e.exportMismatches(mismatchCount)} testId="export-mismatches" /> : null}
      {/* The button is what users reach; the input only opens the file dialog. */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={e.importInput}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onImport(file);
        }}
      />
    </section>
  );
}
