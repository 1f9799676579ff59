import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellArg } from '../../src/services/inputs/shell-arg.ts';

// What a POSIX shell makes of the quoted word: the value itself, as one argument.
const throughShell = (word: string) =>
  execFileSync('sh', ['-c', `printf '%s|' ${word}`], { encoding: 'utf8' });

describe('shellArg: values in suggested commands, as one shell word', () => {
  const values = [
    'anna',
    'Анна',
    'orders.csv',
    '/tmp/заказы 2024/orders.csv',
    "O'Neil",
    'Анна Петрова',
    '$HOME `id` "x" * ?',
    'Сумма=revenue',
    'a\\b',
  ];

  it('comes back from the shell unchanged, as one argument', () => {
    for (const v of values) expect(throughShell(shellArg(v))).toBe(`${v}|`);
  });

  it('leaves plain ids and paths bare, and keeps a path that starts with - from reading as an option', () => {
    expect(shellArg('anna')).toBe('anna');
    expect(shellArg('/tmp/заказы.csv')).toBe('/tmp/заказы.csv');
    expect(shellArg('-orders.csv', true)).toBe('./-orders.csv');
    expect(shellArg('-1')).toBe('-1');
  });
});
