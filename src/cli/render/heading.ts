const useColour = (): boolean => Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];

/** A section heading, bold when the terminal allows it. */
export function heading(text: string): string {
  return useColour() ? `\n\x1b[1m${text}\x1b[0m` : `\n${text}`;
}
