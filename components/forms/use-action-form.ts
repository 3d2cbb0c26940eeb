"use client";

import { type BaseSyntheticEvent, useEffect, useState } from "react";
import { type DefaultValues, type FieldError, type FieldValues, type Path, get, useForm } from "react-hook-form";
import type { z } from "zod";
import { callAction } from "@/components/connection/call-action";
import { lazyZodResolver, preloadWhenIdle } from "@/components/forms/lazy-zod-resolver";
import type { ActionResult } from "@/lib/action-result";

type Options<S extends z.ZodType<FieldValues, FieldValues>, T> = {
  /**
   * The schema, or a dynamic import of its module where zod must stay off the page's first load
   * (`() => import("@/lib/validation/session").then((m) => m.segmentInputSchema)`).
   */
  schema: S | (() => Promise<S>);
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess: (data: T) => void;
};

/**
 * react-hook-form driven by the same zod schema the server action parses with. The browser
 * checks first for speed; the server's verdict (field errors or a message) is shown the same way.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>({ schema, action, defaultValues, onSuccess }: Options<S, T>) {
  // The resolver module (and, with a loader, the schema) loads once the form is usable.
  const [resolver] = useState(() => lazyZodResolver<z.input<S>, z.output<S>>(typeof schema === "function" ? schema : () => Promise.resolve(schema)));
  useEffect(() => preloadWhenIdle(resolver), [resolver]);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues,
    // Not on blur: an error appearing on blur shifts the layout under the pointer and swallows
    // the click on the submit button.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async () => {
    setFormError(null);
    // The raw values, not the parsed ones: the server parses them with the same schema. Offline
    // or signed out, the call answers with a message instead of throwing; the values stay.
    const values = form.getValues();
    const result = await callAction(() => action(values));
    if (result.ok) {
      onSuccess(result.data);
      return;
    }
    setFormError(result.message);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages[0]) form.setError(field as Path<z.input<S>>, { message: messages[0] });
    }
  });

  // Reading formState.errors during render subscribes this component to error changes.
  const { errors } = form.formState;
  const errorOf = (field: Path<z.input<S>>): string | undefined => {
    const error: FieldError | undefined = get(errors, field);
    return error?.message;
  };

  // A void handler for <form onSubmit>: the promise is handled inside.
  const onSubmit = (event?: BaseSyntheticEvent) => void submit(event);

  return { form, onSubmit, formError, errorOf };
}
