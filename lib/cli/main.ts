// Entry of the `cable-reader` command (bundled into dist/cli.mjs by scripts/build-cli.mjs; bin/ loads it).
// Connects run() to the process: argv, stdin, stdout, stderr and the exit status. Nothing else.
import { run } from './run';

// A reader piping into `head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
