/**
 * A one-line progress bar on stderr, for a person watching a long run on a terminal (the caller
 * shows it only when stderr is a TTY, so logs and pipes never see it). Anything else written to the
 * terminal during the run goes through `print`, which lifts the bar, writes, and puts it back.
 */
export interface ProgressStream {
  write(chunk: string): unknown;
  columns?: number;
}

const CLEAR_LINE = "\r\u001b[2K";
/** Redraw at most this often: 500 quick files must not cost 500 terminal repaints. */
const REDRAW_MS = 80;

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export class ProgressBar {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** The line as it would be drawn now (without the carriage return), fitted to the terminal. */
  line(): string {
    const pct = this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100);
    const tail = ` ${this.done}/${this.total} ${String(pct).padStart(3)}% ${clock(this.now() - this.started)}`;
    const columns = this.stream.columns ?? 80;
    const width = Math.max(10, Math.min(40, columns - tail.length - 3));
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    return `[${"█".repeat(filled)}${"░".repeat(width - filled)}]${tail}`;
  }

  private draw(): void {
    this.stream.write(`${CLEAR_LINE}${this.line()}`);
    this.shown = true;
    this.lastDraw = this.now();
  }

  start(): void {
    this.draw();
  }

  tick(): void {
    this.done++;
    if (this.done === this.total || this.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** Write other output without tearing the bar. */
  print(target: { write(chunk: string): unknown; isTTY?: boolean }, text: string): void {
    if (text === "") return;
    // Output going to a file or a pipe does not share the terminal line with the bar.
    const lift = this.shown && (target === this.stream || target.isTTY === true);
    if (lift) this.stream.write(CLEAR_LINE);
    target.write(text);
    if (lift) this.draw();
  }

  /** Remove the bar, leaving the terminal as it was. */
  stop(): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }
}
