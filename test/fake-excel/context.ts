/**
 * Office.js's deferred semantics: calls queue work, context.sync() runs the queue in order, loaded
 * properties can be read only after a sync, and the first operation Excel would refuse rejects the
 * sync (what ran before it stays done). Each sync's bytes are measured both ways and, over the
 * payload limit, refused as Excel on the web refuses them.
 */
import { officeError } from './errors';
import { jsonSize, PROXY } from './payload';
import type { FakeState } from './state';

type Operation = () => void;

/** The performance measure of the fake's own work at each sync: what Excel does in its own process. */
export const HOST_MEASURE = 'kvot-fake-excel';

/** Resolves in a later task (a message, as a host's answer arrives), not in this task's microtasks. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

export class Context {
  /** Work queued since the last sync. */
  queue: Operation[] = [];
  /** Bytes of data set since the last sync (the next request) and loaded by it (its response). */
  request = 0;
  response = 0;

  constructor(readonly state: FakeState) {}

  async sync(): Promise<void> {
    const { stats, settings } = this.state;
    stats.syncCount++;
    const queue = this.queue;
    this.queue = [];
    const payload = { request: this.request, response: 0 };
    this.request = 0;
    this.response = 0;
    stats.payloads.push(payload);
    // The request goes to the host: in a task of its own where the host is another process.
    await (settings.hostTasks ? nextTask() : Promise.resolve());
    const started = settings.hostTasks ? performance.now() : 0;
    // Excel on the web refuses a request over its limit before doing any of it.
    if (payload.request > settings.payloadLimit)
      throw officeError('RequestPayloadSizeLimitExceeded', `The request carries ${payload.request} bytes.`);
    try {
      for (const operation of queue) operation();
    } finally {
      // What was written before a failure stays written, and raises its events.
      void this.state.events.dispatch();
      payload.response = this.response;
      this.response = 0;
      if (settings.hostTasks) performance.measure(HOST_MEASURE, { start: started, end: performance.now() });
    }
    // The response comes back in another task.
    if (settings.hostTasks) await nextTask();
    if (payload.response > settings.payloadLimit)
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response carries ${payload.response} bytes.`);
  }
}

/** Fails an operation on a null object (from a *OrNullObject call), as Excel does. */
export function live<T>(target: T | null | undefined, kind: string): T {
  if (target === null || target === undefined) throw officeError('ItemNotFound', `The ${kind} does not exist (a null object).`);
  return target;
}

/** A deep copy of what a setter was given: Office.js serialises it at the call. */
export const copyOf = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Base of every proxy: a target resolved in queue order, and properties loaded at sync. */
export abstract class ClientObject<T> {
  readonly [PROXY] = true;
  protected loaded: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  protected resolved = false;
  target: T | null = null;
  protected abstract readonly kind: string;
  /** Properties load() takes. */
  protected abstract readonly scalars: readonly string[];

  /** `resolve` runs at the next sync; without it the target is known already (an item of a loaded collection). */
  constructor(
    readonly context: Context,
    resolve: (() => T | null) | { known: T },
  ) {
    if (typeof resolve === 'function') {
      context.queue.push(() => {
        this.target = resolve();
        this.resolved = true;
      });
    } else {
      this.target = resolve.known;
      this.resolved = true;
    }
  }

  protected get state(): FakeState {
    return this.context.state;
  }

  protected read(_target: T, name: string): unknown {
    throw officeError('InvalidArgument', `The fake cannot load "${name}" on ${this.kind}`);
  }

  /** Queues an action on the target, in call order. */
  enqueue(action: (target: T | null) => void): void {
    this.context.queue.push(() => action(this.target));
  }

  /** Queues an action on the target, failing on a null object. */
  enqueueLive(action: (target: T) => void): void {
    this.enqueue((target) => action(live(target, this.kind)));
  }

  protected get(name: string): unknown {
    if (!(name in this.loaded))
      throw officeError('PropertyNotLoaded', `The property "${name}" is not available. Load it and call context.sync() first.`);
    return this.loaded[name];
  }

  /** A property set: its bytes go with the next request, and it is applied at sync. */
  protected set<V>(value: V, apply: (target: T, copy: V) => void): void {
    const copy = copyOf(value);
    this.context.request += jsonSize(value);
    this.enqueueLive((target) => apply(target, copy));
  }

  /** Marks a property as known without a load (items of a loaded collection know their name). */
  know(name: string, value: unknown): this {
    this.loaded[name] = value;
    return this;
  }

  load(properties?: string | string[] | { select?: string }): this {
    let names: string[];
    if (properties === undefined) names = [...this.scalars];
    else if (typeof properties === 'string') names = properties.split(',');
    else if (Array.isArray(properties)) names = [...properties];
    else names = (properties.select ?? '').split(',');
    names = names.map((n) => n.trim()).filter((n) => n !== '');
    this.enqueue((target) => {
      for (const name of names) {
        if (!this.scalars.includes(name)) throw officeError('InvalidArgument', `The fake cannot load "${name}" on ${this.kind}`);
        this.loaded[name] = target === null ? null : this.read(target, name);
        this.context.response += jsonSize(this.loaded[name]);
      }
      this.afterLoad();
    });
    return this;
  }

  /** Collections fold what they loaded into `items`. */
  protected afterLoad(): void {}

  get isNullObject(): boolean {
    if (!this.resolved) throw officeError('PropertyNotLoaded', 'isNullObject is known after context.sync()');
    return this.target === null;
  }
}

/** A value returned by a method, known after the sync (getCount, getCellProperties, getXml …). */
export class ClientResult<V> {
  readonly [PROXY] = true;
  private state: { value: V } | null = null;

  settle(value: V): void {
    this.state = { value };
  }

  get value(): V {
    if (!this.state) throw officeError('PropertyNotLoaded', 'The value is known after context.sync()');
    return this.state.value;
  }
}

/** A ClientResult computed from the owner's target at sync, its bytes counted in the response. */
export function resultOf<T, V>(owner: ClientObject<T>, compute: (target: T) => V): ClientResult<V> {
  const out = new ClientResult<V>();
  owner.enqueueLive((target) => {
    const value = compute(target);
    out.settle(value);
    owner.context.response += jsonSize(value);
  });
  return out;
}
