import { useMemo } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { diffAgreements, type AgreementChange } from '../../core/agreement/diff';
import { loadAgreement } from '../../core/agreement/load';
import type { Agreement, Language } from '../../core/agreement/types';
import { getAt } from '../../core/agreement/pointer';
import { formatFactValue } from '../../core/format/factValue';
import { bundledFor } from '../bundledRules';
import { Notice } from '../components/Notice';
import type { EditorMessages } from './i18n';
import { useEditorText } from './useEditorText';

const SHOWN = 12;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const loadedBundled = new Map<string, Agreement | null>();

/**
 * The bundled rule file to compare with, when there is one: the one of the same id, else of the
 * same year and kind ("svf", "rcc"). Checked once, then kept: the diff runs on every edit.
 */
export function bundledOfYear(year: unknown, id?: unknown): { id: string; agreement: Agreement } | null {
  const rule = bundledFor(id, year);
  if (!rule) return null;
  if (!loadedBundled.has(rule.id)) {
    const loaded = loadAgreement(rule.json);
    loadedBundled.set(rule.id, loaded.ok ? loaded.agreement : null);
  }
  const agreement = loadedBundled.get(rule.id);
  return agreement ? { id: rule.id, agreement } : null;
}

export interface BundledDifference {
  id: string;
  changes: AgreementChange[];
  /** The changed rule set, so a condition's value can be shown the way its fact is read ("85 %"). */
  draft: Agreement;
}

/** The changes from the bundled file of the same year, or null when there is no such file. */
export function useBundledDiff(draft: Agreement | null): BundledDifference | null {
  return useMemo(() => {
    const bundled = draft ? bundledOfYear(draft.year, draft.id) : null;
    return bundled && draft ? { id: bundled.id, changes: diffAgreements(bundled.agreement, draft), draft } : null;
  }, [draft]);
}

/** A condition's value as its fact reads ("70 %", "2024-09-30", "Ja"); anything else as short JSON. */
function shortValue(value: unknown, pointer: string, draft: Agreement, lang: Language): string {
  const leaf = pointer.endsWith('/value') ? getAt(draft, pointer.slice(0, -'/value'.length)) : undefined;
  const factId = typeof leaf === 'object' && leaf !== null && 'fact' in leaf ? (leaf as { fact: unknown }).fact : undefined;
  const fact = draft.facts.find((f) => f.id === factId);
  if (fact) return formatFactValue(value, fact.type, lang);
  const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '—');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function changeText(change: AgreementChange, e: EditorMessages, draft: Agreement, lang: Language): string {
  switch (change.kind) {
    case 'changed':
      return e.diffChanged(shortValue(change.before, change.pointer, draft, lang), shortValue(change.after, change.pointer, draft, lang));
    case 'added':
      return e.diffAdded;
    case 'removed':
      return e.diffRemoved;
    case 'reordered':
      return e.diffReordered;
  }
}

/** "Skiljer sig från inbyggd svf-2024: …": what an edited or saved rule set changes, place by place. */
export function BundledDiff({ diff }: { diff: BundledDifference | null }) {
  const { e, lang } = useEditorText();
  const styles = useStyles();
  if (!diff) return null;
  if (diff.changes.length === 0) return <Caption1 data-testid="bundled-diff">{e.sameAsBundled(diff.id)}</Caption1>;
  return (
    <Notice intent="info" title={e.diffTitle(diff.id, diff.changes.length)} testId="bundled-diff">
      <ul className={styles.list}>
        {diff.changes.slice(0, SHOWN).map((change) => (
          // The JSON pointer is for rule editors who open the file: a tooltip, not screen text.
          <li key={`${change.kind}:${change.pointer}`} title={change.pointer}>
            {`${change.label[lang]}: ${changeText(change, e, diff.draft, lang)}`}
          </li>
        ))}
        {diff.changes.length > SHOWN ? <li>{e.andMore(diff.changes.length - SHOWN)}</li> : null}
      </ul>
    </Notice>
  );
}
