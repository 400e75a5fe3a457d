import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { buildAnnex, tablePopulationDate } from '../../core/annex';
import { formatKronor } from '../../core/format/numbers';
import type { PayoutResult } from '../../core/payout/types';
import type { ParsedTable, TableWarning } from '../../core/table/types';
import { useLanguage } from '../language';
import type { AnnexChoice } from '../state/useDistribution';
import type { AnnexStatus } from '../state/paneState';
import { Notice } from './Notice';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
  address: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

interface AnnexSource {
  agreement: Agreement;
  table: ParsedTable;
  result: PayoutResult;
  warnings: readonly TableWarning[];
}

/**
 * The questions before the decision annex is created: which tranche (when there are several), the
 * lines above the title, the title and the population's date; and the warnings, which must be
 * reviewed first as before a write. The primary button says so when there are any.
 */
export function AnnexDialog(props: AnnexSource & { open: boolean; onCreate: (choice: AnnexChoice) => void; onCancel: () => void }) {
  const { open, onCancel } = props;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface data-testid="annex-dialog">{open ? <AnnexForm {...props} /> : null}</DialogSurface>
    </Dialog>
  );
}

/** Mounted afresh on every opening, so the fields start from the table and the rules each time. */
function AnnexForm({
  agreement,
  table,
  result,
  warnings,
  onCreate,
  onCancel,
}: AnnexSource & { onCreate: (choice: AnnexChoice) => void; onCancel: () => void }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const tranches = result.tranches;
  // The last tranche that paid anything: usually the one a decision is being drafted for.
  const [trancheId, setTrancheId] = useState(
    () => [...tranches].reverse().find((x) => !x.paid.isZero())?.id ?? tranches[tranches.length - 1].id,
  );
  const [heading, setHeading] = useState('');
  const [title, setTitle] = useState('');
  const [populationDate, setPopulationDate] = useState(() => tablePopulationDate(agreement, table) ?? '');
  const choice: AnnexChoice = { trancheId, heading: heading.split('\n'), title, populationDate };
  // The annex as it would be made now: its default title for the field, or why there is none.
  const preview = buildAnnex(agreement, result, { ...choice, lang, ruleSetHash: '' });

  return (
    <DialogBody>
      <DialogTitle>{t.annexDialogTitle}</DialogTitle>
      <DialogContent className={styles.form}>
        <p className={styles.intro}>{t.annexIntro}</p>
        {tranches.length > 1 ? (
          <Field label={t.annexTranche}>
            <RadioGroup value={trancheId} onChange={(_, data) => setTrancheId(data.value)}>
              {tranches.map((x) => (
                <Radio key={x.id} value={x.id} label={t.annexTrancheOption(x.label[lang], formatKronor(x.paid, lang))} />
              ))}
            </RadioGroup>
          </Field>
        ) : null}
        <Field label={t.annexHeadingLabel} hint={t.annexHeadingHint}>
          <Textarea resize="vertical" value={heading} onChange={(_, data) => setHeading(data.value)} />
        </Field>
        <Field label={t.annexTitleLabel} hint={t.annexTitleHint}>
          <Textarea
            resize="vertical"
            rows={3}
            value={title}
            placeholder={preview.ok ? preview.annex.title : undefined}
            onChange={(_, data) => setTitle(data.value)}
          />
        </Field>
        <Field label={t.annexDateLabel} hint={t.annexDateHint}>
          <Input value={populationDate} onChange={(_, data) => setPopulationDate(data.value)} />
        </Field>
        {preview.ok ? null : (
          <Notice intent="error" title={t.failureAnnex} testId="annex-problem">
            {preview.message[lang]}
          </Notice>
        )}
        {warnings.length > 0 ? <ProblemList intent="warning" title={t.annexReview(warnings.length)} problems={warnings} /> : null}
      </DialogContent>
      <DialogActions>
        {/* Cancel first: the safe choice gets the initial focus. */}
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button appearance="primary" disabled={!preview.ok} onClick={() => onCreate(choice)}>
          {warnings.length > 0 ? t.annexCreateReviewed : t.annexCreate}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/** Where the annex was written, as a link to it; and, where Excel did not take the print setup, what to set by hand. */
export function AnnexWrittenNotice({
  status,
  onLocate,
}: {
  status: Extract<AnnexStatus, { status: 'written' }>;
  onLocate: (address: string) => void;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <>
      <Notice intent="success" title={t.annexWrittenTitle} testId="annex-written">
        {t.annexWrittenTo(status.sheetName)}{' '}
        <Link as="button" className={styles.address} aria-label={t.goToCell(status.address)} onClick={() => onLocate(status.address)}>
          {status.address}
        </Link>
      </Notice>
      {status.pageSetup === 'applied' ? null : <Notice intent="warning" title={t.annexNoPageSetup} testId="annex-no-page-setup" />}
    </>
  );
}
