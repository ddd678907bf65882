/**
 * A command's output piped into `head` or a pager that quits: the reader has all it wanted, so the command ends
 * there, quietly and successfully, instead of dying on an EPIPE stack trace at its next write.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
