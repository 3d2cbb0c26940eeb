import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { getPracticeSettings, isPracticeSetUp } from "@/db/practice";
import { requestContext } from "@/server/context";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  idle: "You were signed out after a period of inactivity.",
  signed_out: "You are signed out.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const db = getDb();
  if (!(await isPracticeSetUp({ db }))) redirect("/setup");
  const ctx = await requestContext();
  if (ctx.actor) redirect("/");
  const params = await searchParams;
  const reason = typeof params.reason === "string" ? REASONS[params.reason] : undefined;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  return (
    <Card>
      <PageTitle>Sign in</PageTitle>
      <p className="mb-6 text-slate-700">{(await getPracticeSettings(ctx))?.name}</p>
      <SignInForm notice={reason} callbackUrl={callbackUrl} />
    </Card>
  );
}
