// Entry of the `cable-reader` command (bundled into dist/cli.mjs by scripts/build-cli.mjs; bin/ loads it), and of
// its batch worker threads (the same bundle, started with the worker role). Connects run() to the process.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveTasks, WORKER_ROLE } from './batch';
import { run } from './run';

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  await serveTasks(parentPort);
} else {
  // A reader piping into `head` closes stdout early: that is not an error, and nothing is printed about it.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  });
}
