/**
 * Build progress for people: a bar with documents, rate and ETA on a terminal
 * (cli-progress), a plain line every few seconds otherwise (logs, CI).
 */
import { SingleBar } from 'cli-progress';
import type { BuildProgress } from './build.js';

const LABEL = { extract: 'extracting', load: 'loading' } as const;

/** A progress bar on `stream` when it is a terminal, else a line at most every `everyMs`. */
export function terminalProgress(stream: NodeJS.WriteStream, everyMs = 2000): BuildProgress {
  if (stream.isTTY) {
    let bar: SingleBar | null = null;
    let startedAt = 0;
    let done = 0;
    return {
      start(phase, total) {
        bar?.stop();
        bar = new SingleBar({ stream, format: `${LABEL[phase].padEnd(10)} [{bar}] {value}/{total} documents · {rate}/s · ETA {eta_formatted}`, etaBuffer: 200, hideCursor: true });
        [startedAt, done] = [Date.now(), 0];
        bar.start(total, 0, { rate: '…' });
      },
      tick() {
        done++;
        const seconds = (Date.now() - startedAt) / 1000;
        bar?.increment(1, { rate: seconds > 0 ? String(Math.round(done / seconds)) : '…' });
      },
      stop() {
        bar?.stop();
        bar = null;
      },
    };
  }
  let phase: keyof typeof LABEL = 'extract';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let lastLine = 0;
  const line = () => {
    const seconds = (Date.now() - startedAt) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = done >= total ? 0 : rate > 0 ? Math.round((total - done) / rate) : null;
    stream.write(`${LABEL[phase]} ${done}/${total} documents (${Math.round(rate)}/s${eta === null ? '' : `, ETA ${eta} s`})\n`);
    lastLine = Date.now();
  };
  return {
    start(p, t) {
      [phase, total, done, startedAt, lastLine] = [p, t, 0, Date.now(), Date.now()];
    },
    tick() {
      done++;
      if (Date.now() - lastLine >= everyMs) line();
    },
    stop() {
      if (total > 0 && done > 0) line();
      total = 0;
    },
  };
}
