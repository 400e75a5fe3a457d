import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { FactDeclaration } from '../../core/agreement/types';
import type { CellGrid, ColumnMapping, TableResult } from '../../core/table/types';
import { useLanguage } from '../language';
import { currentColumn, headerOptions, headerRowOf } from '../state/mapping';
import type { MappingChoices } from '../state/paneState';

const NONE = 'none';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reset: { alignSelf: 'flex-start' },
});

/** One select per fact of the agreement: which column of the header row it is read from. */
export function MappingEditor(props: {
  facts: readonly FactDeclaration[];
  grid: CellGrid;
  table: TableResult | null;
  detected: ColumnMapping | null;
  choices: MappingChoices;
  disabled: boolean;
  onChoose: (factId: string, column: number | null) => void;
  onReset: () => void;
}) {
  const { facts, grid, table, detected, choices, disabled, onChoose, onReset } = props;
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const options = headerOptions(grid, headerRowOf(grid, table));

  return (
    <div className={styles.root} data-testid="mapping-editor">
      {facts.map((fact) => {
        const column = currentColumn(fact.id, choices, table, detected);
        const found = detected?.[fact.id];
        // The select already shows the detected header; say more only when the choice differs from it.
        const hint = !found ? t.mappingNotFound : found.column !== column ? t.mappingDetected(found.header) : undefined;
        return (
          <Field key={fact.id} label={fact.label[lang]} required={fact.required} hint={hint}>
            <Select
              value={column === null ? NONE : String(column)}
              disabled={disabled}
              onChange={(_, data) => onChoose(fact.id, data.value === NONE ? null : Number(data.value))}
            >
              <option value={NONE}>{t.mappingNone}</option>
              {options.map((option) => (
                <option key={option.column} value={String(option.column)}>
                  {option.header ? `${option.letter}: ${option.header}` : option.letter}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {Object.keys(choices).length > 0 ? (
        <Button className={styles.reset} appearance="subtle" disabled={disabled} onClick={onReset}>
          {t.mappingReset}
        </Button>
      ) : null}
    </div>
  );
}
