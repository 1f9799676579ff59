import cliProgress from 'cli-progress';

/** A progress reporter the services call; the CLI draws it, tests pass a silent one. */
export interface Progress {
  start(label: string, total: number): void;
  update(done: number, total?: number): void;
  stop(): void;
}

/** Draws nothing: for --json runs, tests and pipes. */
export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

/**
 * A bar on stderr (stdout stays clean for --json and pipes). Without a terminal it prints the
 * label once, so CI logs still show what was being done.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return {
      start: (label) => stream.write(`${label}…\n`),
      update() {},
      stop() {},
    };
  }
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(label, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        {
          format: `${label} [{bar}] {percentage}% {value}/{total}`,
          stream,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0);
    },
    update(done, total) {
      if (total !== undefined) bar?.setTotal(Math.max(total, 1));
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
