import { Body1, Button, Caption1, Spinner, Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import type { Language } from '../../core/agreement/types';
import type { TabContext } from '../tabContext';
import { Notice } from '../components/Notice';
import { useLanguage } from '../language';
import { ComparisonTable } from './ComparisonTable';
import { WHAT_IF_MESSAGES } from './i18n';
import { PayoutChart } from './PayoutChart';
import { ScenarioCard } from './ScenarioCard';
import { SensitivityTable } from './SensitivityTable';
import { ThresholdMove } from './ThresholdMove';
import { useBaseline } from './useBaseline';
import { useScenarios } from './useScenarios';
import { WriteComparison } from './WriteComparison';

export const whatIfTabLabel = (lang: Language): string => WHAT_IF_MESSAGES[lang].tabLabel;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  add: { alignSelf: 'flex-start' },
});

/**
 * What-if: scenarios on the Distribute flow's table (baseline), compared side by side, written to a
 * comparison sheet on request; and the baseline's sensitivity to each requirement. Scenarios change
 * data only: the workbook's cells are never touched.
 */
export function WhatIfTab({ port, flow }: TabContext) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const ids = { scenarios: useId('scenarios'), comparison: useId('comparison'), sensitivity: useId('sensitivity'), move: useId('move') };
  const baselineState = useBaseline(flow.state);
  const baseline = baselineState.status === 'ready' ? baselineState.baseline : null;
  const scenarios = useScenarios(baseline, lang);

  if (baselineState.status === 'noTable') return <Body1 data-testid="whatif-no-table">{m.readTableFirst}</Body1>;
  if (baselineState.status === 'tableErrors') return <Body1 data-testid="whatif-no-table">{m.tableHasErrors}</Body1>;
  if (!baseline) return <Spinner size="tiny" label={m.computing} />;

  const { comparison } = scenarios;
  const left = scenarios.drafts.filter((_, i) => scenarios.built[i]?.scenario === null);

  return (
    <div className={styles.root} aria-busy={baselineState.status === 'ready' && baselineState.updating}>
      <section className={styles.section} aria-labelledby={ids.scenarios}>
        <Subtitle1 as="h2" id={ids.scenarios} className={styles.heading}>
          {m.scenariosHeading}
        </Subtitle1>
        <Caption1>{m.scenariosIntro}</Caption1>
        {scenarios.drafts.map((draft, i) => (
          <ScenarioCard
            key={draft.id}
            draft={draft}
            name={scenarios.displayName(draft)}
            built={scenarios.built[i]}
            baseline={baseline}
            onChange={scenarios.update}
            onAddOverride={() => scenarios.addOverride(draft.id)}
            onRemove={() => scenarios.remove(draft.id)}
          />
        ))}
        <Button className={styles.add} icon={<Add20Regular />} onClick={scenarios.add}>
          {m.addScenario}
        </Button>
      </section>

      <section className={styles.section} aria-labelledby={ids.comparison}>
        <Subtitle1 as="h2" id={ids.comparison} className={styles.heading}>
          {m.comparisonHeading}
        </Subtitle1>
        {left.map((draft) => (
          <Notice key={draft.id} intent="warning" title={m.scenarioHasErrors(scenarios.displayName(draft))} />
        ))}
        {comparison.status === 'failed' ? (
          <Notice intent="error" title={m.failedTitle}>
            {comparison.message}
          </Notice>
        ) : null}
        {comparison.status === 'ready' ? (
          <>
            <ComparisonTable comparison={comparison.comparison} />
            <PayoutChart comparison={comparison.comparison} />
            <WriteComparison comparison={comparison.comparison} port={port} disabled={flow.state.activity !== null} />
          </>
        ) : scenarios.drafts.length === 0 ? (
          <Caption1>{m.comparisonEmpty}</Caption1>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby={ids.sensitivity}>
        <Subtitle1 as="h2" id={ids.sensitivity} className={styles.heading}>
          {m.sensitivityHeading}
        </Subtitle1>
        <Caption1>{m.sensitivityIntro}</Caption1>
        <SensitivityTable agreement={baseline.agreement} result={baseline.result} />
        <Body1 as="h3" id={ids.move} className={styles.subheading}>
          {m.moveHeading}
        </Body1>
        <div role="group" aria-labelledby={ids.move}>
          <ThresholdMove agreement={baseline.agreement} regions={baseline.regions} />
        </div>
      </section>
    </div>
  );
}
