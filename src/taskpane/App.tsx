import { memo, useState, type ReactNode } from 'react';
import { Tab, TabList, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { FullWorkbookPort } from '../excel/port';
import type { Messages } from './i18n';
import { useLanguage } from './language';
import { DistributeTab } from './components/DistributeTab';
import { RuleEditorTab } from './editor/RuleEditorTab';
import { editorTabLabel } from './editor/i18n';
import { WhatIfTab, whatIfTabLabel } from './whatif/WhatIfTab';
import { ReconcileTab, reconcileTabLabel } from './reconcile/ReconcileTab';
import type { Language } from '../core/agreement/types';
import { useDistribution } from './state/useDistribution';
import type { TabContext } from './tabContext';

/** The pane's views. A new view (rule editor, what-if) is one more entry here. */
interface PaneTab {
  id: string;
  label: (t: Messages, lang: Language) => string;
  render: (context: TabContext) => ReactNode;
  /**
   * Views that only show what the table gives (what-if, reconcile): rendered once first opened and
   * not again while hidden, so reading a table does no work for them until they are on screen.
   * Distribute and the rule editor are always live: live mode and the workbook's rules run from them.
   */
  lazy?: boolean;
}

const TABS: readonly PaneTab[] = [
  { id: 'distribute', label: (t) => t.tabDistribute, render: (context) => <DistributeTab {...context} /> },
  { id: 'rules', label: (_, lang) => editorTabLabel(lang), render: (context) => <RuleEditorTab {...context} /> },
  { id: 'whatif', label: (_, lang) => whatIfTabLabel(lang), render: (context) => <WhatIfTab {...context} />, lazy: true },
  { id: 'reconcile', label: (_, lang) => reconcileTabLabel(lang), render: (context) => <ReconcileTab {...context} />, lazy: true },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * A lazy tab's content. While it stays hidden it keeps its last render (its state, what the user
 * typed) and is not rendered again on new props: a new table read reaches it when it is shown.
 */
const LazyPanel = memo(
  function LazyPanel({ tab, context }: { tab: PaneTab; context: TabContext; shown: boolean }) {
    return <>{tab.render(context)}</>;
  },
  (before, after) => !before.shown && !after.shown && before.tab === after.tab,
);

/** The pane inside Excel. Panels stay mounted once opened, so switching tabs keeps their state. */
export function App({ port }: { port: FullWorkbookPort }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const [selected, setSelected] = useState(TABS[0].id);
  // Lazy tabs opened at least once: they stay mounted from then on.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([TABS[0].id]));
  const base = useId('tab');
  // One flow for all tabs: the editor and the what-if view work on the same agreement and table.
  const flow = useDistribution(port);

  return (
    <div className={styles.root} data-testid="pane-ready">
      {/* Small tabs: the four fit side by side in a 320 px pane, the narrowest Excel gives a task pane. */}
      <TabList
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => {
          const id = String(data.value);
          setSelected(id);
          setOpened((ids) => (ids.has(id) ? ids : new Set([...ids, id])));
        }}
        aria-label={t.tabsLabel}
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`${base}-${tab.id}`} aria-controls={`${base}-${tab.id}-panel`}>
            {tab.label(t, lang)}
          </Tab>
        ))}
      </TabList>
      {TABS.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`${base}-${tab.id}-panel`} aria-labelledby={`${base}-${tab.id}`} hidden={tab.id !== selected}>
          {!tab.lazy ? (
            tab.render({ port, flow })
          ) : opened.has(tab.id) ? (
            <LazyPanel tab={tab} context={{ port, flow }} shown={tab.id === selected} />
          ) : null}
        </div>
      ))}
    </div>
  );
}
