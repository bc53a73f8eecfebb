declare module 'vitest' {
  export interface ProvidedContext {
    /** The database the API suites run against, prepared once per run by a global setup. */
    databaseUrl: string;
    databaseKind: 'server' | 'embedded';
  }
}

export {};
