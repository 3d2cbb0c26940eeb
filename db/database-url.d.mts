export declare const DEFAULT_DATABASE_URL: string;

export declare class UnsupportedDatabaseUrlError extends Error {}

export type DatabaseTarget = { dialect: "sqlite"; file: string } | { dialect: "postgresql"; url: string };

export declare function redactDatabaseUrl(url: string): string;

export declare function parseDatabaseUrl(url?: string, cwd?: string): DatabaseTarget;
