// axe-core in the built pane: injected from node_modules into the page and run on the whole
// document, violations only, so an end-to-end test can require that there are none.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');

/** One failed rule, with the nodes it failed on (selector, start of the HTML, what to fix). */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; fix: string }[];
}

type AxeWindow = Window & {
  axe?: {
    version: string;
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }>;
  };
};

/**
 * Adds axe-core to the page once per document. Evaluated through the DevTools protocol rather than
 * added as a <script>: the pane runs under a strict Content-Security-Policy (harness/csp.ts) that
 * rightly refuses an inline script, and the test must not loosen the policy it checks.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => typeof (window as AxeWindow).axe === 'undefined')) {
    await page.evaluate(`${readFileSync(AXE_PATH, 'utf8')}\n;void 0;`);
  }
}

/**
 * Waits until no finite animation or transition is running (a dialog fading in, say), so colours
 * are measured as they end up rather than half-way. Endless ones (a spinner) are not waited for.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Runs axe.run(document, { resultTypes: ['violations'] }) on the page as it is now and returns the
 * violations (none is a pass).
 *
 * The one exclusion: Fluent UI's focus sentinels. Tabster, which Fluent uses for arrow-key movement
 * (the TabList) and focus traps (Dialog), puts empty <i data-tabster-dummy tabindex="0"
 * aria-hidden="true"> elements at a group's edges; they are focusable and hidden from screen readers
 * on purpose (they only pass focus on), so axe's aria-hidden-focus rule flags every one of them.
 * Fluent closes the reports as by design (microsoft/fluentui#25133, #27517; microsoft/tabster#288).
 * Exactly those nodes are left out of the run, nothing around them, and only after checking that
 * each really is such a sentinel: empty, aria-hidden, no role but "none". Anything else fails.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  await waitForAnimations(page);
  return page.evaluate(async () => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core is not in the page');
    const sentinels = document.querySelectorAll('[data-tabster-dummy]');
    for (const node of sentinels) {
      const role = node.getAttribute('role');
      if (node.childNodes.length > 0 || node.getAttribute('aria-hidden') !== 'true' || (role !== null && role !== 'none')) {
        throw new Error(`Not a bare tabster focus sentinel, so not excluded: ${node.outerHTML.slice(0, 200)}`);
      }
    }
    const context = sentinels.length > 0 ? { include: document, exclude: sentinels } : document;
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 200),
        fix: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/**
 * axe's colour-contrast rule on the elements matching `selector` alone: how many it checked and
 * passed, and the nodes it could not decide (e.g. text over an image) or that failed. Used where a
 * tinted background must be shown to have been measured, not skipped.
 */
export async function contrastOf(page: Page, selector: string): Promise<{ passed: number; undecided: string[]; failed: string[] }> {
  await injectAxe(page);
  await waitForAnimations(page);
  return page.evaluate(async (sel) => {
    const axe = (window as AxeWindow).axe as unknown as {
      run(context: unknown, options: unknown): Promise<Record<'passes' | 'incomplete' | 'violations', { nodes: { html: string }[] }[]>>;
    };
    const results = await axe.run({ include: [sel] }, { runOnly: ['color-contrast'] });
    const nodes = (group: 'passes' | 'incomplete' | 'violations') =>
      results[group].flatMap((rule) => rule.nodes.map((node) => node.html.slice(0, 200)));
    return { passed: nodes('passes').length, undecided: nodes('incomplete'), failed: nodes('violations') };
  }, selector);
}
