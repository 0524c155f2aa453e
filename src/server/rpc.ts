/**
 * One typed contract for every call the sidebar makes. A handler parses its argument with zod, so bad input
 * gets a clear answer in the user's language and nothing is written; the sidebar's client is typed from the
 * handlers module itself, so a renamed handler breaks the build, not the user.
 */
import type * as z from 'zod/mini';
import { withRetries } from '../adapters/retry';
import { type Lang, type MessageKey, t, tKey } from '../core/i18n';
import { isTransient } from '../core/transient';
import { UserError } from '../core/user-error';
import { formatIssues } from '../core/zod-messages';
import { currentLang } from './locale';

export interface RpcIssue {
  /** The argument's key, for the client to mark the input. */
  key: string;
  /** The field's name in the user's language. */
  field: string;
  message: string;
}
export type RpcResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { message: string; issues: RpcIssue[] } };

export interface RpcContext {
  /** The language the person at the sidebar reads: messages only, never a cell (cells use the workbook's). */
  readerLang: Lang;
  /** Says the request's change is in the workbook: a failure after this is reported as saved, not lost. */
  committed(): void;
}

/** How a handler's failures are told and retried. */
export interface RpcOptions {
  /** Runs the handler again when a service fails for a moment: only for a handler safe to run twice. */
  retry?: boolean;
  /** Said when a service failed before the change was in ("… nothing was changed. Try again."). */
  unchanged?: MessageKey;
  /** Said when a service failed after `committed()` ("… was saved, but …"). */
  saved?: MessageKey;
}

/** A sidebar-callable function; the phantom fields carry the argument and result types to the client. */
export interface RpcHandler<S extends z.ZodMiniType, R> {
  (raw: unknown): RpcResult<R>;
  readonly __arg?: z.input<S>;
  readonly __result?: R;
}
export type RpcArg<H> = H extends RpcHandler<infer S, unknown> ? z.input<S> : never;
export type RpcValue<H> = H extends RpcHandler<z.ZodMiniType, infer R> ? R : never;

/** A handler that reads only: safe to run again, and a failure changed nothing. */
export const READ: RpcOptions = { retry: true, unchanged: 'fault.read.unchanged' };

/**
 * What to tell the user about a failure: a user error's own message in their language; a service that failed
 * for a moment, `transient` (what happened to their request and what to do); anything else is logged for the
 * developers and shown as a plain "something went wrong".
 */
export function errorMessage(lang: Lang, error: unknown, transient: MessageKey = 'fault.check'): string {
  if (error instanceof UserError) return tKey(lang, error.key, error.params);
  console.error(error);
  return t(lang, isTransient(error) ? transient : 'error.unexpected');
}

export function defineRpc<S extends z.ZodMiniType, R>(
  schema: S,
  run: (arg: z.output<S>, context: RpcContext) => R,
  options: RpcOptions = {},
): RpcHandler<S, R> {
  return (raw: unknown): RpcResult<R> => {
    let readerLang: Lang = 'en';
    let committed = false;
    try {
      readerLang = currentLang();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            message: t(readerLang, 'error.invalidInput'),
            issues: formatIssues(readerLang, parsed.error),
          },
        };
      }
      const context: RpcContext = {
        readerLang,
        committed: () => {
          committed = true;
        },
      };
      const attempt = () => run(parsed.data, context);
      return { ok: true, value: options.retry ? withRetries(attempt) : attempt() };
    } catch (error) {
      const transient = committed ? options.saved : options.unchanged;
      return { ok: false, error: { message: errorMessage(readerLang, error, transient), issues: [] } };
    }
  };
}
