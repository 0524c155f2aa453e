/**
 * A promise over google.script.run, typed from the server's handlers module: the names, argument and result
 * types all come from src/server/handlers.ts, so a renamed or changed handler fails the build.
 */
import type * as handlers from '../src/server/handlers';
import type { RpcArg, RpcResult, RpcValue } from '../src/server/rpc';

type Handlers = typeof handlers;
export type RpcName = keyof Handlers;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

export function call<K extends RpcName>(
  name: K,
  arg: RpcArg<Handlers[K]>,
): Promise<RpcResult<RpcValue<Handlers[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as RpcResult<RpcValue<Handlers[K]>>))
      .withFailureHandler(reject);
    (runner[name] as (arg: unknown) => void)(arg);
  });
}
