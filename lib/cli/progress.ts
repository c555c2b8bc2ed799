// The batch run's progress bar on stderr (count, rate, ETA by bytes), drawn only when stderr is a terminal and at
// most ten times a second. Drawing only; the counting is batch.ts's.

const WIDTH = 24;

export class Progress {
  private count = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly tty: boolean,
    private readonly stderr: (text: string) => void,
    private readonly totalBytes: number,
  ) {}

  advance(bytes: number): void {
    this.count++;
    this.bytes += bytes;
    const now = Date.now();
    if (this.tty && now - this.lastDraw >= 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** A line for stderr that must not be drawn over (a warning). */
  note(text: string): void {
    if (this.drawn) this.stderr('\r\x1b[K');
    this.stderr(text);
    this.drawn = false;
  }

  done(): void {
    if (this.drawn) this.stderr('\r\x1b[K');
    this.drawn = false;
  }

  private draw(now: number): void {
    const seconds = Math.max(1, now - this.started) / 1000;
    const share = this.totalBytes > 0 ? Math.min(1, this.bytes / this.totalBytes) : 0;
    const filled = Math.round(share * WIDTH);
    const eta = share > 0 ? Math.max(0, Math.round((seconds / share) * (1 - share))) : null;
    const clock = eta === null ? '--:--' : `${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
    this.stderr(
      `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${this.count} cables  ${(this.count / seconds).toFixed(1)}/s  ETA ${clock}`,
    );
    this.drawn = true;
  }
}
