/**
 * `ziping check … | head`: the reader stops early and closes the pipe, and the next write fails
 * with EPIPE. That is the reader's choice, not a failure of the check, so nothing more is said and
 * the run ends with the exit code its findings give (a shell's `pipefail` still sees 1 for an error).
 */
export function ignoreClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // Once the pipe is closed the stream is destroyed, and later writes are dropped without another event.
    if (error.code === "EPIPE") return;
    throw error;
  });
}
