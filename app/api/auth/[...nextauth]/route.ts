import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the session lifetime follows the practice's idle time-out.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, await authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
