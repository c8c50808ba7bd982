import { run } from './cli/run.js';

// A reader that goes away (`toezegging list | head`) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
