export declare const DEFAULT_DATABASE_URL: string;
export type DatabaseKind = "sqlite" | "postgres";
export type StartPlan =
  | { ok: false; message: string }
  | { ok: true; kind: "postgres"; url: string; secret: string }
  | { ok: true; kind: "sqlite"; url: string; databaseFile: string; secret: string | undefined };
export declare function databaseKind(url: string): DatabaseKind | null;
export declare function startPlan(env: Record<string, string | undefined>, root: string): StartPlan;
