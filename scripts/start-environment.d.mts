export type StartPlan =
  | { ok: false; message: string }
  | { ok: true; dialect: "postgresql"; secret: string }
  | { ok: true; dialect: "sqlite"; databaseFile: string; secret: string | undefined };
export declare function startPlan(env: Record<string, string | undefined>, root: string): StartPlan;
