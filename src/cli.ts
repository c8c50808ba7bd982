import { fstatSync, writeSync } from 'node:fs';
import type { Io } from './cli/io.js';
import { run } from './cli/run.js';
import { asDiskError } from './register/disk-error.js';

// A reader that goes away (`toezegging list | head`) is not an error worth a trace: stop, quietly. Stderr
// too: with `2>&1 | head` a line written after the output (extract's count) meets the closed pipe, and an
// unhandled error there exits 1 with its trace lost in that same pipe.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/**
 * Standard output as the program writes it. Sent to a file (or a device such
 * as /dev/null), Node's stream copies every piece of text into a new Buffer
 * before writing it, a copy of all 94 MB of `status --json` at 100,000
 * commitments; the text is written to the descriptor as it is instead, as
 * the stream would write it (at once and in full). A terminal or a pipe is
 * written through the stream, which waits for a slow reader.
 */
function standardOutput(): Io['stdout'] {
  const stdout = process.stdout;
  if (stdout.isTTY || !isFile(1)) return stdout;
  return {
    write: (text: string) => {
      // A full disk or a quota met is the machine's condition, said as such (exit 3), not a crash.
      try {
        writeSync(1, text);
      } catch (error) {
        throw asDiskError(error, '', 'output');
      }
      return true;
    },
  };
}

function isFile(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFile() || info.isCharacterDevice();
  } catch {
    return false;
  }
}

void run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  stdout: standardOutput(),
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
