"use client";

import { Button } from "@/components/ui/button";
import { endSession, signInPageAfter } from "@/components/auth/sign-in-session";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void endSession(signInPageAfter("signed_out"))}>
      Sign out
    </Button>
  );
}
