import { useState } from 'react';
import { Body1, Button, Caption1, Checkbox, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { TableSearch20Regular } from '@fluentui/react-icons';
import type { Agreement } from '../../core/agreement/types';
import type { FoundTable } from '../../excel/port';
import type { Messages } from '../i18n';
import { useLanguage } from '../language';
import type { PaneState } from '../state/paneState';
import type { HiddenRowsChoice } from '../../core/table/types';
import { parseColumnLetters } from '../../core/table/address';
import { MappingEditor } from './MappingEditor';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  read: { alignSelf: 'flex-start' },
  address: { fontFamily: tokens.fontFamilyMonospace },
  mappingLine: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  suggestions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/** A column suggested for a fact (the closest header, or one of several that fit), offered as a one-click choice. */
type Suggested = { factId: string; column: string; header: string };

function kindText(found: FoundTable, t: Messages): string {
  if (found.kind === 'table') return t.foundKindTable(found.tableName ?? '');
  return found.kind === 'region' ? t.foundKindRegion : t.foundKindUsedRange;
}

/** True when the block read has hidden rows with data: the user chooses whether they count. */
const hasHiddenRows = (state: PaneState) =>
  state.hiddenRows === 'exclude' ||
  (state.table?.ok === true && [...state.table.table.warnings, ...state.table.table.notes].some((p) => p.code.startsWith('hidden-rows')));

/** "Read table", where it was found, the column mapping, the table's errors, and what the reader did (notes). */
export function TableSection(props: {
  state: PaneState;
  agreement: Agreement | null;
  disabled: boolean;
  onRead: () => void;
  onChoose: (factId: string, column: number | null) => void;
  onReset: () => void;
  onLocate: (address: string) => void;
  onHiddenRows: (choice: HiddenRowsChoice) => void;
}) {
  const { state, agreement, disabled, onRead, onChoose, onReset, onLocate, onHiddenRows } = props;
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const { found, table } = state;
  // The column mapping folds away once a read succeeds; it opens by itself while the table has errors.
  const [expanded, setExpanded] = useState(false);
  const failed = table !== null && !table.ok;
  const mapped = table?.ok ? Object.keys(table.table.mapping).length : 0;
  // Every column the errors suggest for a fact, one button each.
  const suggestions: Suggested[] = failed
    ? table.errors.flatMap((e) =>
        [...(e.suggestion ? [e.suggestion] : []), ...(e.suggestions ?? [])].flatMap((s) =>
          s.columns.map((c) => ({ factId: s.factId, ...c })),
        ),
      )
    : [];
  const factLabel = (factId: string) => agreement?.facts.find((f) => f.id === factId)?.label[lang] ?? factId;
  const choose = (s: Suggested) => {
    const letter = parseColumnLetters(s.column);
    if (found && letter !== null) onChoose(s.factId, letter - found.grid.origin.column);
  };

  return (
    <div className={styles.root}>
      <Body1>{agreement ? t.readTableHint : t.chooseAgreementFirst}</Body1>
      <Button
        className={styles.read}
        appearance="primary"
        icon={<TableSearch20Regular />}
        disabled={disabled || !agreement}
        onClick={onRead}
      >
        {t.readTable}
      </Button>
      {found ? (
        <Body1 data-testid="found-table">
          {t.foundTable}{' '}
          <Link as="button" className={styles.address} aria-label={t.goToCell(found.address)} onClick={() => onLocate(found.address)}>
            {found.address}
          </Link>
          {` – ${kindText(found, t)}`}
        </Body1>
      ) : null}
      {table?.ok ? (
        <Caption1>
          {t.regionsRead(table.table.regions.length)}
          {table.table.skippedTotals.length > 0 ? ` ${t.totalsSkipped(table.table.skippedTotals.length)}` : ''}
        </Caption1>
      ) : null}
      {table && !table.ok ? (
        <ProblemList
          intent="error"
          testId="table-errors"
          title={t.tableErrorsTitle(table.errors.length)}
          problems={table.errors}
          onLocate={onLocate}
        />
      ) : null}
      {hasHiddenRows(state) ? (
        <Checkbox
          checked={state.hiddenRows === 'exclude'}
          disabled={disabled}
          label={t.excludeHiddenRows}
          onChange={(_, data) => onHiddenRows(data.checked === true ? 'exclude' : 'ask')}
        />
      ) : null}
      {table?.ok && table.table.notes.length > 0 ? (
        <ProblemList
          intent="info"
          testId="table-notes"
          title={t.tableNotesTitle(table.table.notes.length)}
          problems={table.table.notes}
          onLocate={onLocate}
        />
      ) : null}
      {suggestions.length > 0 ? (
        <div className={styles.suggestions} data-testid="column-suggestions">
          {suggestions.map((s) => (
            <Button key={`${s.factId}-${s.column}`} size="small" disabled={disabled} onClick={() => choose(s)}>
              {t.useSuggestion(s.column, s.header, factLabel(s.factId))}
            </Button>
          ))}
        </div>
      ) : null}
      {found && agreement && table?.ok && !expanded ? (
        <Caption1 className={styles.mappingLine} data-testid="mapping-summary">
          {`${t.mappingSummary(mapped)} · `}
          <Link as="button" disabled={disabled} aria-expanded={false} onClick={() => setExpanded(true)}>
            {t.mappingChange}
          </Link>
        </Caption1>
      ) : null}
      {found && agreement && (expanded || failed) ? (
        <>
          <div className={styles.mappingLine}>
            <Subtitle2 as="h3">{t.mappingHeading}</Subtitle2>
            {table?.ok ? (
              <Link as="button" aria-expanded onClick={() => setExpanded(false)}>
                {t.mappingHide}
              </Link>
            ) : null}
          </div>
          <MappingEditor
            facts={agreement.facts}
            grid={found.grid}
            table={table}
            detected={state.detected}
            choices={state.choices}
            disabled={disabled}
            onChoose={onChoose}
            onReset={onReset}
          />
        </>
      ) : null}
    </div>
  );
}
