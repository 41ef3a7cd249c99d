import { ProgressBar } from "../../../src/cli/review/progress";

class Terminal {
  written = "";
  isTTY = true;
  constructor(readonly columns = 60) {}
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
  /** What the last line shows after carriage returns and line clears. */
  get line(): string {
    return this.written.split("\r\u001b[2K").pop() ?? "";
  }
}

describe("ProgressBar", () => {
  it("draws done/total, percent and elapsed time, fitted to the terminal", () => {
    let now = 0;
    const term = new Terminal(60);
    const bar = new ProgressBar(term, 4, () => now);
    bar.start();
    expect(term.line).toBe(`[${"░".repeat(40)}] 0/4   0% 0:00`);
    now = 65_000;
    bar.tick();
    expect(term.line).toBe(`[${"█".repeat(10)}${"░".repeat(30)}] 1/4  25% 1:05`);
    const narrow = new ProgressBar(new Terminal(30), 4, () => 0);
    expect(narrow.line().length).toBeLessThanOrEqual(30);
  });

  it("redraws at most every 80 ms, but always on the last file", () => {
    let now = 0;
    const term = new Terminal();
    const bar = new ProgressBar(term, 3, () => now);
    bar.start();
    const draws = (): number => term.written.split("\r\u001b[2K").length - 1;
    bar.tick();
    expect(draws()).toBe(1);
    now = 100;
    bar.tick();
    expect(draws()).toBe(2);
    bar.tick();
    expect(draws()).toBe(3);
    expect(term.line).toContain("3/3 100%");
  });

  it("lifts itself around other output on the terminal, stays out of piped output, and leaves a clean line", () => {
    const term = new Terminal();
    const pipe = { text: "", write(chunk: string): void { this.text += chunk; } };
    const bar = new ProgressBar(term, 2, () => 0);
    bar.start();
    const before = term.written.length;
    bar.print(term, "ziping: 警告\n");
    expect(term.written.slice(before)).toMatch(/^\r\u001b\[2Kziping: 警告\n\r\u001b\[2K\[/);
    const after = term.written.length;
    bar.print(pipe, "a.xlsx\n");
    expect(pipe.text).toBe("a.xlsx\n");
    expect(term.written.length).toBe(after);
    bar.stop();
    expect(term.written.endsWith("\r\u001b[2K")).toBe(true);
  });
});
