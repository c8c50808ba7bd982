/** Record `n` of the generated Tweede Kamer register, shaped like the live OData; `version` > 1 changes every tenth record's text. */
export function tkRecord(n: number, options?: { version?: number }): Record<string, unknown>;
export function writeTkRecords(path: string, count: number, options?: { version?: number }): void;
