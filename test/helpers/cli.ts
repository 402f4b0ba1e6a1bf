import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { main } from '../../src/cli.js';
import { packageRoot } from '../../src/paths.js';

const run = promisify(execFile);
const cli = join(packageRoot, 'src/cli.ts');

/** Runs the CLI as a user would, in its own process, returning exit code and output instead of throwing. */
export async function blauwdruk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: packageRoot });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A stream that keeps what is written to it, as text. */
function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

/**
 * Runs the CLI's `main` in this process (what the program runs, without a process of its
 * own: about a second less per call), with the same result shape as {@link blauwdruk}.
 * For the many error cases; each command is also run once as its own process.
 */
export async function blauwdrukInProcess(...args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
