export interface TkRecordOptions {
  /** Above 1, every tenth record's text changes (an update run). */
  version?: number;
  /** `repeated` (the default): 28 distinct texts in all; `distinct`: nearly every text its own, as in the real register. */
  texts?: 'repeated' | 'distinct';
}

/** Record `n` of the generated Tweede Kamer register, shaped like the live OData. */
export function tkRecord(n: number, options?: TkRecordOptions): Record<string, unknown>;
export function writeTkRecords(path: string, count: number, options?: TkRecordOptions): void;
