import { fstatSync, writeSync, type Stats } from 'node:fs';
import type { Io } from './cli/io.js';
import { run } from './cli/run.js';
import { asDiskError } from './register/disk-error.js';

/**
 * A reader that goes away (`toezegging list | head`) is not an error worth a trace: stop, quietly. Stderr
 * too: with `2>&1 | head` a line written after the output (extract's count) meets the closed pipe, and an
 * unhandled error there exits 1 with its trace lost in that same pipe.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return stream;
}

/**
 * Standard output as the program writes it. Sent to a file (or a device such
 * as /dev/null), Node's stream copies every piece of text into a new Buffer
 * before writing it, a copy of all 94 MB of `status --json` at 100,000
 * commitments; the text is written to the descriptor as it is instead, as
 * the stream would write it (at once and in full). A terminal or a pipe is
 * written through the stream, which waits for a slow reader. Node's stream
 * is not even made for a file: making it loads Node's streams, a few
 * milliseconds of every run's start-up.
 */
function standardOutput(): Io['stdout'] {
  if (!writesAtOnce(1)) return quietOnClosedPipe(process.stdout);
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

/**
 * Whether a descriptor is a regular file, or a device that is never a
 * terminal: on Linux, a memory device (major number 1: /dev/null, /dev/zero,
 * /dev/full). Telling any other device from a terminal would load Node's
 * terminal module, and with it its networking; such a device goes through
 * the stream.
 */
function writesAtOnce(fd: number): boolean {
  try {
    return isFileOrMemory(fstatSync(fd));
  } catch {
    return false;
  }
}

function isFileOrMemory(info: Stats): boolean {
  return info.isFile() || (process.platform === 'linux' && info.isCharacterDevice() && linuxMajor(info.rdev) === 1);
}

/** The major number of a Linux device number (glibc's `major`). */
function linuxMajor(rdev: number): number {
  return (Math.floor(rdev / 2 ** 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
}

/** Whether a descriptor is plainly no terminal (a file, a pipe, a socket, a memory device), known without Node's terminal module. */
function plainlyNoTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return isFileOrMemory(info) || info.isFIFO() || info.isSocket();
  } catch {
    return false;
  }
}

/**
 * Standard error, whose stream (a terminal's or a pipe's, which load Node's
 * networking) is made when first written to: most runs write nothing there.
 */
function standardError(): Io['stderr'] {
  let stream: NodeJS.WriteStream | undefined;
  const stderr = () => (stream ??= quietOnClosedPipe(process.stderr));
  return {
    write: (text: string) => stderr().write(text),
    get isTTY() {
      return plainlyNoTerminal(2) ? false : stderr().isTTY;
    },
  };
}

void run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  stdout: standardOutput(),
  stderr: standardError(),
}).then((code) => {
  process.exitCode = code;
});
