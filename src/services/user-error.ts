/**
 * A failure caused by what the user asked for (a bad period, an unknown model, an empty
 * warehouse), as opposed to a bug. Surfaces show its message as is: the CLI as one line, the
 * HTTP API as a 400 naming `field` when one input is to blame.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** The input to blame, spelled as the HTTP API names it (period, step, filter…). */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
