import { Context } from './context';
import { officeError } from './errors';
import { ApplicationProxy, RuntimeProxy, WorkbookProxy } from './proxies/workbook';
import type { FakeState } from './state';

/** Excel.RequestContext: the proxies a batch starts from. */
export class RequestContext extends Context {
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;

  constructor(state: FakeState) {
    super(state);
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
    this.application = new ApplicationProxy(this);
  }
}

type Batch = (context: RequestContext) => unknown;

/** Excel.run(batch), Excel.run(options, batch), or Excel.run(context, batch) to go on in an earlier context. */
export function runner(state: FakeState): (first: unknown, second?: unknown) => Promise<unknown> {
  return async (first, second) => {
    const batch = (typeof first === 'function' ? first : second) as Batch | undefined;
    const reused = first instanceof RequestContext ? first : null;
    state.stats.runOptions.push(reused ? 'context' : typeof first === 'function' ? null : first);
    if (typeof batch !== 'function') throw officeError('InvalidArgument', 'Excel.run needs a batch function');
    state.stats.runCount++;
    const context = reused ?? new RequestContext(state);
    const value = await batch(context);
    // Real Office.js would drop these; counted so a test can see work that was never synced.
    state.stats.unsyncedAtRunEnd += context.queue.length;
    return value;
  };
}
