import type { Agreement, Localized } from '../agreement/types';
import { loadAgreement } from '../agreement/load';
import type { PayoutResult } from '../payout/types';
import { computePayouts } from '../payout/compute';
import { canonicalJson, sha256Hex } from './canonical';
import { resultHash, totalsOf } from './entry';
import { rebuildRegions } from './rebuild';
import type { LogEntry } from './types';

export interface VerificationCheck {
  /** "ruleSet", "ruleSetHash", "agreementId", "inputs", "resultHash", "paid", "withheld", "<tranche>.paid", "<tranche>.withheld". */
  name: string;
  ok: boolean;
  /** As logged. */
  expected: string;
  /** As found on re-running. */
  actual: string;
  message: Localized;
}

export interface Verification {
  ok: boolean;
  checks: VerificationCheck[];
  /** The payouts computed again, when the rules and inputs could be read. */
  result?: PayoutResult;
  /** The logged rules, when they load. */
  agreement?: Agreement;
}

const LOGGED = { sv: 'loggat', en: 'logged' };

/**
 * Re-runs a logged calculation: loads the logged rule set with the same loader as rule files, checks
 * its SHA-256, rebuilds the region rows from the logged inputs, computes the payouts and compares the
 * result's SHA-256 and totals with the log. ok only when every check holds.
 */
export async function verifyLogEntry(entry: LogEntry): Promise<Verification> {
  const checks: VerificationCheck[] = [];
  let agreement: Agreement | null = null;
  const done = (result?: PayoutResult): Verification => ({
    ok: checks.every((c) => c.ok),
    checks,
    ...(result ? { result } : {}),
    ...(agreement ? { agreement } : {}),
  });

  agreement = loadRuleSet(entry, checks);
  if (!agreement) return done();

  const actualRuleHash = await sha256Hex(canonicalJson(agreement));
  checks.push(
    compare('ruleSetHash', entry.ruleSetHash, actualRuleHash, {
      ok: { sv: 'Reglerna är desamma som loggades (SHA-256 stämmer)', en: 'The rules are the ones logged (SHA-256 matches)' },
      failed: (e, a) => ({
        sv: `Reglernas SHA-256 stämmer inte: loggad ${e}, beräknad ${a}. Reglerna i loggen har ändrats efter att raden skrevs.`,
        en: `The rules' SHA-256 does not match: logged ${e}, computed ${a}. The rules in the log were changed after the row was written.`,
      }),
    }),
  );
  checks.push(
    compare('agreementId', entry.agreementId, agreement.id, {
      ok: { sv: `Regeluppsättningen är ${agreement.id}`, en: `The rule set is ${agreement.id}` },
      failed: (e, a) => ({
        sv: `Loggen anger regeluppsättningen ${e} men reglerna är ${a}`,
        en: `The log names rule set ${e} but the rules are ${a}`,
      }),
    }),
  );

  const rebuilt = rebuildRegions(agreement, entry.inputs);
  if (!rebuilt.ok) {
    const list = (lang: 'sv' | 'en') => rebuilt.problems.map((p) => p[lang]).join('; ');
    checks.push({
      name: 'inputs',
      ok: false,
      expected: LOGGED.en,
      actual: list('en'),
      message: { sv: `Indata går inte att läsa: ${list('sv')}`, en: `The inputs cannot be read: ${list('en')}` },
    });
    return done();
  }
  checks.push({
    name: 'inputs',
    ok: true,
    expected: String(entry.inputs.length),
    actual: String(rebuilt.regions.length),
    message: { sv: `${rebuilt.regions.length} regionrader lästa ur loggen`, en: `${rebuilt.regions.length} region rows read from the log` },
  });

  const result = await computePayouts(agreement, rebuilt.regions);
  checks.push(
    compare('resultHash', entry.resultHash, await resultHash(result), {
      ok: {
        sv: 'Indata och utbetalningar per region blev exakt desamma (SHA-256 stämmer)',
        en: 'The inputs and payouts per region came out exactly the same (SHA-256 matches)',
      },
      failed: (e, a) => ({
        sv: `Indata och utbetalningar per region blev inte desamma: SHA-256 loggad ${e}, beräknad ${a}. Indata eller regler i loggen skiljer sig från dem som användes.`,
        en: `The inputs and payouts per region did not come out the same: SHA-256 logged ${e}, computed ${a}. The inputs or rules in the log differ from those used.`,
      }),
    }),
  );

  const totals = totalsOf(result);
  const kronorCheck = (name: string, label: Localized, logged: number | undefined, actual: number | undefined) =>
    checks.push(
      compare(name, logged === undefined ? '—' : String(logged), actual === undefined ? '—' : String(actual), {
        ok: { sv: `${label.sv}: ${actual} kr som loggat`, en: `${label.en}: ${actual} kr as logged` },
        failed: (e, a) => ({ sv: `${label.sv}: loggat ${e} kr, beräknat ${a} kr`, en: `${label.en}: logged ${e} kr, computed ${a} kr` }),
      }),
    );
  kronorCheck('paid', { sv: 'Totalt utbetalt', en: 'Total paid' }, entry.totals.paid, totals.paid);
  kronorCheck('withheld', { sv: 'Totalt innehållet', en: 'Total withheld' }, entry.totals.withheld, totals.withheld);
  const trancheIds = [...new Set([...entry.totals.tranches.map((t) => t.id), ...totals.tranches.map((t) => t.id)])];
  for (const id of trancheIds) {
    const logged = entry.totals.tranches.find((t) => t.id === id);
    const actual = totals.tranches.find((t) => t.id === id);
    kronorCheck(`${id}.paid`, { sv: `${id} utbetalt`, en: `${id} paid` }, logged?.paid, actual?.paid);
    kronorCheck(`${id}.withheld`, { sv: `${id} innehållet`, en: `${id} withheld` }, logged?.withheld, actual?.withheld);
  }
  return done(result);
}

function loadRuleSet(entry: LogEntry, checks: VerificationCheck[]): Agreement | null {
  let json: unknown;
  try {
    json = JSON.parse(entry.ruleSet);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    checks.push({
      name: 'ruleSet',
      ok: false,
      expected: 'JSON',
      actual: detail,
      message: { sv: `Reglerna i loggen är inte giltig JSON: ${detail}`, en: `The rules in the log are not valid JSON: ${detail}` },
    });
    return null;
  }
  const loaded = loadAgreement(json);
  if (!loaded.ok) {
    const list = (lang: 'sv' | 'en') => loaded.problems.map((p) => `${p.pointer || '/'}: ${p.message[lang]}`).join('; ');
    checks.push({
      name: 'ruleSet',
      ok: false,
      expected: entry.agreementId,
      actual: list('en'),
      message: { sv: `Reglerna i loggen går inte att läsa: ${list('sv')}`, en: `The rules in the log cannot be loaded: ${list('en')}` },
    });
    return null;
  }
  checks.push({
    name: 'ruleSet',
    ok: true,
    expected: entry.agreementId,
    actual: loaded.agreement.id,
    message: { sv: 'Reglerna i loggen går att läsa', en: 'The rules in the log load' },
  });
  return loaded.agreement;
}

interface Phrases {
  ok: Localized;
  failed: (expected: string, actual: string) => Localized;
}

function compare(name: string, expected: string, actual: string, phrases: Phrases): VerificationCheck {
  const ok = expected === actual;
  return { name, ok, expected, actual, message: ok ? phrases.ok : phrases.failed(expected, actual) };
}
