import { useState, type ReactNode } from 'react';
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
}

const TABS: readonly PaneTab[] = [
  { id: 'distribute', label: (t) => t.tabDistribute, render: (context) => <DistributeTab {...context} /> },
  { id: 'rules', label: (_, lang) => editorTabLabel(lang), render: (context) => <RuleEditorTab {...context} /> },
  { id: 'whatif', label: (_, lang) => whatIfTabLabel(lang), render: (context) => <WhatIfTab {...context} /> },
  { id: 'reconcile', label: (_, lang) => reconcileTabLabel(lang), render: (context) => <ReconcileTab {...context} /> },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The pane inside Excel. Panels stay mounted when hidden, so switching tabs keeps their state. */
export function App({ port }: { port: FullWorkbookPort }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const [selected, setSelected] = useState(TABS[0].id);
  const base = useId('tab');
  // One flow for all tabs: the editor and the what-if view work on the same agreement and table.
  const flow = useDistribution(port);

  return (
    <div className={styles.root} data-testid="pane-ready">
      {/* Small tabs: the four fit side by side in a 320 px pane, the narrowest Excel gives a task pane. */}
      <TabList size="small" selectedValue={selected} onTabSelect={(_, data) => setSelected(String(data.value))} aria-label={t.tabsLabel}>
        {TABS.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`${base}-${tab.id}`} aria-controls={`${base}-${tab.id}-panel`}>
            {tab.label(t, lang)}
          </Tab>
        ))}
      </TabList>
      {TABS.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`${base}-${tab.id}-panel`} aria-labelledby={`${base}-${tab.id}`} hidden={tab.id !== selected}>
          {tab.render({ port, flow })}
        </div>
      ))}
    </div>
  );
}
