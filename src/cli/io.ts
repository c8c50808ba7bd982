/** The outside world as the program sees it; tests pass their own. */
export interface Io {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: Date;
  /** `once` and `off`, where present, let a long output wait for a full pipe to drain (process.stdout has them). */
  stdout: {
    write(text: string): unknown;
    isTTY?: boolean;
    columns?: number;
    rows?: number;
    once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
    off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}
