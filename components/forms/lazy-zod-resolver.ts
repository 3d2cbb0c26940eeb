import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type LazyResolver<Input extends FieldValues, Output> = Resolver<Input, unknown, Output> & {
  /** Starts loading the schema now (once the form is usable), so the first check does not wait. */
  preload: () => void;
};

/**
 * The form's own zod schema (the one the server parses with), loaded on first use instead of with
 * the page: zod and the resolver stay off the page's first load, where the server checks every
 * value anyway. `load` is a dynamic import of the schema's module, e.g.
 * `() => import("@/lib/validation/session").then((m) => m.noteFormSchema)`.
 */
export function lazyZodResolver<Input extends FieldValues, Output>(load: () => Promise<z.ZodType<unknown, FieldValues>>): LazyResolver<Input, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | undefined;
  const resolver = () => {
    loading ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<Input, unknown, Output>);
    return loading;
  };
  const lazy: Resolver<Input, unknown, Output> = async (values, context, options) => {
    let check: Resolver<Input, unknown, Output>;
    try {
      check = await resolver();
    } catch {
      // Offline before the schema arrived: passed on unchecked (the server parses every value, and
      // the call then answers that it could not be sent); loaded again at the next check.
      loading = undefined;
      return { values: values as unknown as Output, errors: {} };
    }
    return check(values, context, options);
  };
  return Object.assign(lazy, { preload: () => void resolver() });
}

/** Preloads a lazy resolver when the browser is idle after the page became usable. */
export function preloadWhenIdle(resolver: { preload: () => void }): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(resolver.preload, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(resolver.preload, 1000);
  return () => window.clearTimeout(handle);
}
