/**
 * A value as one shell word, for the commands messages tell users to run: left bare when it
 * holds only letters, digits and `_./:=@%+-` (Cyrillic ids and paths stay readable), otherwise
 * in single quotes with any single quote closed, escaped and reopened. A leading `-` gets `./`
 * for a path (`asPath`) so the CLI does not read it as an option.
 */
export function shellArg(value: string, asPath = false): string {
  const v = asPath && value.startsWith('-') ? `./${value}` : value;
  return /^[\p{L}\p{N}_./:=@%+-]+$/u.test(v) ? v : `'${v.replaceAll("'", "'\\''")}'`;
}
