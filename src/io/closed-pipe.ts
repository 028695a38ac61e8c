// `community-plan render --help | head -1`: once the reader has gone, the next write fails with
// EPIPE, which Node raises as an unhandled 'error' event with a stack trace. Nobody is left to
// read anything, so end quietly, as a command killed by SIGPIPE would, keeping the exit code the
// run had so far. Nothing is half-written: files go through the atomic writer, not stdout.
export function exitQuietlyOnClosedPipe(streams: ReadonlyArray<NodeJS.WriteStream>): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit();
    });
  }
}
