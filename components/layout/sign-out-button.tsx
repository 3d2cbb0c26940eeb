"use client";

import { Button } from "@/components/ui/button";
import { endSession } from "@/components/auth/sign-in-session";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void endSession("/login?reason=signed_out")}>
      Sign out
    </Button>
  );
}
