import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id every log line carries: the HTTP request's id inside a request, `job:<id>` inside a queue
 * job, `process` elsewhere (start-up, shutdown, timers). pino's `mixin` reads it, so no code has to
 * pass a child logger around.
 */
export interface LogContext {
  reqId: string;
  queue?: string;
}

const store = new AsyncLocalStorage<LogContext>();

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return store.run(context, fn);
}

export function currentLogContext(): LogContext | undefined {
  return store.getStore();
}

/** pino mixin: the current context's fields on every line. */
export function logContextMixin(): LogContext {
  return store.getStore() ?? { reqId: 'process' };
}
