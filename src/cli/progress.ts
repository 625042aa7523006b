/**
 * "files done / total" on stderr. On a terminal the line is rewritten in place (\r, at most every
 * 100 ms); in logs (CI, pipes) a new line is written about every 5 %, so logs stay short.
 */

/** The part of a writable stream progress needs (process.stderr satisfies it). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** Marks one more file done. */
  tick(): void;
  /** Ends the progress display (newline after an in-place line). */
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  quiet: boolean;
  /** Clock for throttling terminal updates (injectable for tests). */
  now?: () => number;
}

const TTY_INTERVAL_MS = 100;
const LOG_STEPS = 20;

const SILENT: Progress = { tick: () => {}, finish: () => {} };

export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions): Progress {
  if (options.quiet || total === 0) return SILENT;
  const now = options.now ?? Date.now;
  const line = (done: number): string => `${options.label} ${done}/${total}`;
  let done = 0;

  if (stream.isTTY) {
    let lastDraw = -Infinity;
    let drawn = 0;
    const draw = (): void => {
      stream.write(`\r${line(done)}`);
      drawn = done;
      lastDraw = now();
    };
    return {
      tick() {
        done += 1;
        if (done === total || now() - lastDraw >= TTY_INTERVAL_MS) draw();
      },
      finish() {
        if (drawn !== done) draw();
        stream.write('\n');
      },
    };
  }

  const step = Math.max(1, Math.ceil(total / LOG_STEPS));
  return {
    tick() {
      done += 1;
      if (done % step === 0 || done === total) stream.write(`${line(done)}\n`);
    },
    finish() {},
  };
}
