import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { Notice } from '../components/Notice';
import { ProblemList } from '../components/ProblemList';
import { useEditorText } from './useEditorText';
import type { WorkbookRules } from './useWorkbookRules';

/**
 * What the workbook holds: its own rules (in use or not, and how they differ from the bundled file
 * of their year), or saved rules that do not load.
 */
export function WorkbookRulesNotice(props: {
  rules: WorkbookRules;
  current: Agreement | null;
  bundledDiff: { id: string; count: number } | null;
  onUseBundled: (id: string) => void;
  onUseWorkbook: (agreement: Agreement) => void;
}) {
  const { rules, current, bundledDiff, onUseBundled, onUseWorkbook } = props;
  const { e } = useEditorText();
  if (rules.status === 'broken') {
    return (
      <ProblemList
        intent="error"
        testId="workbook-rules-problems"
        title={e.workbookBroken}
        problems={rules.problems}
        rootLabel={e.rootPointer}
      />
    );
  }
  if (rules.status !== 'saved') return null;
  const inUse = current === rules.agreement;
  const action = inUse ? (
    bundledDiff ? (
      <Button onClick={() => onUseBundled(bundledDiff.id)}>{e.useBundledInstead(bundledDiff.id)}</Button>
    ) : null
  ) : (
    <Button onClick={() => onUseWorkbook(rules.agreement)}>{e.useWorkbookRules}</Button>
  );
  const differs = bundledDiff && bundledDiff.count > 0 ? ` ${e.workbookDiffers(bundledDiff.count, bundledDiff.id)}` : '';
  return (
    <Notice intent={inUse ? 'info' : 'warning'} title={e.workbookOwnRules(rules.agreement.id)} actions={action} testId="workbook-rules">
      {`${inUse ? e.workbookOwnRulesInUse : e.workbookOwnRulesNotInUse}${differs}`}
    </Notice>
  );
}
