/**
 * Engine benchmark: the same svf-2024 conditions on 21, 10 000 and 100 000 synthetic regions, three
 * ways, in the same run, interleaved so drift in machine load hits all alike; median of repeated runs.
 * - kvot: the core (computePayouts): evaluation with explanations, exact apportionment, result rows.
 * - json-rules-engine: the engine alone, one reused Engine, Kvot's operators; pass/fail only.
 * - plain: a hand-written loop that also explains every condition and apportions exactly (plain.ts).
 * Kvot's and the plain loop's payouts are checked equal before anything is timed. Peak memory at
 * 100 000 rows is measured in a child process per way (--expose-gc). Wall-clock and CPU-time medians
 * (CPU: user + system of all threads; steadier on a shared machine). Prints figures; asserts nothing.
 * KVOT_BENCH_RUNS overrides the runs per size (default 25, 5, 3).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { loadAgreement } from '../src/core/agreement/load';
import type { Agreement, ConditionNode, ConditionTree } from '../src/core/agreement/types';
import { computePayouts } from '../src/core/payout/compute';
import type { RegionRow } from '../src/core/table/types';
import { engineFor, runEngine } from './engine/engineAlone';
import { plainLoop } from './engine/plain';
import { syntheticRows } from './engine/synthetic';
import { JSON_OUT, emit, median, say, table } from './stats';

const loaded = loadAgreement(JSON.parse(readFileSync('rules/svf-2024.json', 'utf8')));
if (!loaded.ok) throw new Error('rules/svf-2024.json does not load');
const agreement = loaded.agreement;
const amounts = agreement.tranches.map((t) => new Decimal(t.amount)) as [Decimal, Decimal];
const engine = engineFor(agreement);

type Way = 'kvot' | 'json-rules-engine' | 'plain';
const WAYS: Record<Way, (rows: RegionRow[]) => Promise<unknown>> = {
  kvot: (rows) => computePayouts(agreement, rows),
  'json-rules-engine': (rows) => runEngine(engine, rows),
  plain: async (rows) => plainLoop(rows, amounts),
};
const SIZES = [21, 10_000, 100_000];
const RUNS = (n: number) => Number(process.env.KVOT_BENCH_RUNS ?? (n <= 21 ? 25 : n <= 10_000 ? 5 : 3));

/** Child mode: one way once at 100 000 rows, printing its memory as JSON. */
async function memoryChild(way: Way): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const rows = syntheticRows(100_000);
  await WAYS[way](rows.slice(0, 21));
  gc();
  const base = process.memoryUsage();
  const result = await WAYS[way](rows);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  process.stdout.write(`${JSON.stringify({ way, baseRss: base.rss, peakRss, retained, kept: result !== undefined })}\n`);
}

interface Memory {
  baseRss: number;
  peakRss: number;
  retained: number;
}
function measureMemory(way: Way): Memory | null {
  const run = spawnSync(process.execPath, ['--expose-gc', 'bin/tsx.js', 'bench/engine.bench.ts', '--memory', way], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop();
  if (run.status !== 0 || !line) {
    say(`  memory of ${way} not measured: ${run.stderr.trim().split('\n').slice(-1)[0] ?? run.status}`);
    return null;
  }
  return JSON.parse(line) as Memory;
}

/** Before timing: Kvot and the plain loop pay every region the same kronor, and json-rules-engine agrees on who qualifies. */
async function checkSameWork(rows: RegionRow[]): Promise<void> {
  const kvot = await computePayouts(agreement, rows);
  const plain = plainLoop(rows, amounts);
  const verdicts = await runEngine(engine, rows);
  const [t1, t2] = agreement.tranches.map((t) => t.id);
  kvot.regions.forEach((r, i) => {
    const p = plain[i];
    const same =
      r.payouts[t1].equals(p.payouts[0]) && r.payouts[t2].equals(p.payouts[1]) && r.total.equals(p.total) && r.share.equals(p.share);
    const sameReasons = JSON.stringify(r.reasons) === JSON.stringify(p.reasons);
    if (!same || !sameReasons || r.eligible[t2] !== verdicts[i][t2] || r.eligible[t2] !== p.eligible) {
      throw new Error(`row ${i}: Kvot, the plain loop and json-rules-engine differ`);
    }
  });
}

/** Deep condition trees: chains of all/any with a leaf beside each, up to 200 levels (loader allows 32). */
function chain(depth: number): ConditionTree {
  let node: ConditionNode = { name: 'bottom', fact: 'premUsed', operator: 'equal', value: true };
  for (let level = depth - 1; level >= 1; level--) {
    const leaf: ConditionNode = { name: `l${level}`, fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 };
    node = level % 2 ? { all: [leaf, node] } : { any: [leaf, node] };
  }
  return { all: [node] };
}

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Wall time, and the process's CPU time (user + system, all threads, so the garbage collector's
 * helpers count too): on a shared machine the CPU time is the steadier figure.
 */
async function timeWithCpu(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const ms = await timeOnce(fn);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const memoryWay = process.argv.indexOf('--memory');
if (memoryWay >= 0) {
  await memoryChild(process.argv[memoryWay + 1] as Way);
} else {
  say(`Engine benchmark: svf-2024 (2 tranches, 3 conditions), node ${process.version}; median of runs (KVOT_BENCH_RUNS)`);
  const warm = syntheticRows(21);
  for (let i = 0; i < 20; i++) for (const way of Object.values(WAYS)) await way(warm);
  const results: { n: number; ms: Record<Way, number>; cpu: Record<Way, number> }[] = [];
  for (const n of SIZES) {
    const rows = syntheticRows(n);
    await checkSameWork(rows);
    const times: Record<Way, { ms: number; cpuMs: number }[]> = { kvot: [], 'json-rules-engine': [], plain: [] };
    for (let run = 0; run < RUNS(n); run++) {
      for (const way of Object.keys(WAYS) as Way[]) times[way].push(await timeWithCpu(() => WAYS[way](rows)));
    }
    const pick = (way: Way, key: 'ms' | 'cpuMs') => median(times[way].map((t) => t[key]));
    const ms = { kvot: pick('kvot', 'ms'), 'json-rules-engine': pick('json-rules-engine', 'ms'), plain: pick('plain', 'ms') };
    const cpu = { kvot: pick('kvot', 'cpuMs'), 'json-rules-engine': pick('json-rules-engine', 'cpuMs'), plain: pick('plain', 'cpuMs') };
    for (const way of Object.keys(ms) as Way[])
      emit({ bench: way, rows: n, ms: Number(ms[way].toFixed(3)), cpuMs: Number(cpu[way].toFixed(3)) });
    results.push({ n, ms, cpu });
  }
  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  say('');
  for (const line of table(
    ['rows', 'kvot ms', 'json-rules-engine ms', 'plain ms', 'kvot rows/s', 'kvot / jre', 'kvot / plain', 'CPU: kvot / jre', 'kvot / plain'],
    results.map(({ n, ms, cpu }) => [
      n.toLocaleString('en-US'),
      fmt(ms.kvot),
      fmt(ms['json-rules-engine']),
      fmt(ms.plain),
      perSecond(n, ms.kvot),
      `${(ms.kvot / ms['json-rules-engine']).toFixed(2)}×`,
      `${(ms.kvot / ms.plain).toFixed(1)}×`,
      `${(cpu.kvot / cpu['json-rules-engine']).toFixed(2)}×`,
      `${(cpu.kvot / cpu.plain).toFixed(1)}×`,
    ]),
  ))
    say(line);
  say('kvot: evaluate + explain + apportion exactly; json-rules-engine: pass/fail only; plain: the same work as kvot, by hand.');
  say("Wall-clock medians; CPU = the process's user + system time (all threads), steadier on a shared machine.");

  say('\nPeak memory at 100 000 rows (one child process per way; the rows themselves are in the base)');
  const memRows: string[][] = [];
  const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
  for (const way of Object.keys(WAYS) as Way[]) {
    const m = measureMemory(way);
    if (!m) continue;
    emit({ bench: `${way}-peak-rss`, rows: 100_000, bytes: m.peakRss });
    emit({ bench: `${way}-retained-heap`, rows: 100_000, bytes: m.retained });
    memRows.push([way, mib(m.baseRss), mib(m.peakRss), mib(m.peakRss - m.baseRss), mib(m.retained)]);
  }
  for (const line of table(['way', 'base RSS', 'peak RSS', 'peak − base', 'result heap'], memRows)) say(line);

  say('\nDeep condition trees, 21 regions (time grows with the tree, not with its depth squared)');
  const deepRows: string[][] = [];
  for (const depth of [3, 22, 32, 200]) {
    const deep: Agreement = {
      ...agreement,
      tranches: agreement.tranches.map((t) => (t.conditions ? { ...t, conditions: chain(depth) } : t)),
    };
    await computePayouts(deep, warm);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) times.push(await timeOnce(() => computePayouts(deep, warm)));
    emit({ bench: `kvot-deep-${depth}`, rows: 21, ms: Number(median(times).toFixed(3)) });
    deepRows.push([String(depth), fmt(median(times))]);
  }
  for (const line of table(['levels', 'kvot ms'], deepRows)) say(line);
  if (JSON_OUT) say('(figures above as JSON lines on stdout)');
}
