import { run } from './cli/run.js';

// A reader that goes away (`toezegging list | head`) is not an error worth a trace: stop, quietly. Stderr
// too: with `2>&1 | head` a line written after the output (extract's count) meets the closed pipe, and an
// unhandled error there exits 1 with its trace lost in that same pipe.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

void run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
