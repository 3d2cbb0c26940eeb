import { Notice } from "@/components/ui/notice";

/** Shown once, right after it is made: the password itself is never stored or shown again. */
export function TemporaryPassword({ name, password }: { name: string; password: string }) {
  return (
    <Notice tone="success">
      <p>
        Temporary password for <strong>{name}</strong>:
      </p>
      <p className="my-2 font-mono text-lg" aria-label="Temporary password">
        {password}
      </p>
      <p className="text-sm">Give it to them in person or by phone. They must choose their own password at first sign-in. It will not be shown again.</p>
    </Notice>
  );
}
