// An error the CLI reports as one line with a chosen exit code (2: bad usage or bad input file).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
