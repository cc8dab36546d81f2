/** Where a command writes: stdout, stderr and, for a batch on a terminal, its progress bar. */
export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** where a batch draws its progress bar (a terminal); absent: a final line only */
  readonly progress?: NodeJS.WriteStream;
}
