
/** Asks one question at a time; injectable, so the prompting flow is tested with scripted answers. */
export interface Prompter {
  /** The trimmed answer, or `fallback` (shown in brackets) when the answer is empty. */
  ask(question: string, fallback?: string): Promise<string>;
  tell(text: string): void;
}

/** The user stopped answering: Ctrl-C (`interrupted`), or the end of input (Ctrl-D). */
export class PromptAbortedError extends Error {
  override readonly name = 'PromptAbortedError';
  constructor(readonly interrupted = false) {
    super();
  }
}

/** Prompts on a terminal. Questions go to `output` (stderr), so stdout holds only the result. */
export function readlinePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter & { close(): void } {
  // Loaded only when prompting, to keep it out of every other command's start-up.
  const lines = process.getBuiltinModule('node:readline/promises').createInterface({ input, output, terminal: true });
  const abort = new AbortController();
  let interrupted = false;
  // Without a listener readline only pauses on Ctrl-C; the user means stop.
  lines.on('SIGINT', () => {
    interrupted = true;
    abort.abort();
  });
  lines.on('close', () => abort.abort());
  return {
    async ask(question, fallback) {
      try {
        const answer = (await lines.question(`${question}${fallback ? ` [${fallback}]` : ''}: `, { signal: abort.signal })).trim();
        return answer === '' ? (fallback ?? '') : answer;
      } catch {
        throw new PromptAbortedError(interrupted);
      }
    },
    tell(text) {
      output.write(`${text}\n`);
    },
    close() {
      lines.close();
    },
  };
}
