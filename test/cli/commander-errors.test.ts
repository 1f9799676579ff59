import { describe, expect, it } from 'vitest';
import { commanderText } from '../../src/cli/commander-text.ts';
import { runCli } from '../helpers/run-cli.ts';

// Commander writes its parse errors in English only; a Russian user gets them in Russian.
describe("commander's own errors in the user's language", () => {
  it('names an unknown option and the suggestion in Russian', async () => {
    const r = await runCli(['formula', '--perod', '2024', '--lang', 'ru']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ошибка: неизвестный ключ «--perod»\n(Возможно, имелось в виду --period?)');
    expect(r.stderr).not.toContain('unknown option');
  });

  it('names an option without its value and a missing required option in Russian', async () => {
    const missing = await runCli(['formula', '--lang', 'ru', '--period']);
    expect(missing.stderr).toContain('ошибка: у ключа «--period <months>» не указано значение');
    const required = await runCli(['import', 'orders.csv', '--lang', 'ru']);
    expect(required.stderr).toContain('ошибка: не указан обязательный ключ «--table <name>»');
  });

  it('leaves English as commander writes it', async () => {
    const r = await runCli(['formula', '--perod', '2024', '--lang', 'en']);
    expect(r.stderr).toContain("error: unknown option '--perod'\n(Did you mean --period?)");
  });

  it('reads every shape commander writes', () => {
    const ru = (s: string) => commanderText(s, 'ru');
    expect(ru("error: missing required argument 'file'")).toBe(
      'ошибка: не указан обязательный аргумент «file»',
    );
    expect(ru("error: unknown command 'formla'")).toBe('ошибка: неизвестная команда «formla»');
    expect(ru("error: too many arguments for 'formula'. Expected 0 arguments but got 1.")).toBe(
      'ошибка: слишком много аргументов у команды «formula»: ожидалось 0, получено 1.',
    );
    expect(ru("error: option '--a' cannot be used with option '--b'")).toBe(
      'ошибка: ключ «--a» и ключ «--b» нельзя указывать вместе',
    );
    expect(ru("error: option '--port <n>' argument 'x' is invalid.")).toBe(
      'ошибка: недопустимое значение «x» ключа «--port <n>».',
    );
    expect(ru('(Did you mean one of --period, --compare?)')).toBe(
      '(Возможно, имелось в виду одно из: --period, --compare?)',
    );
    // A shape not listed stays as commander wrote it rather than lose its meaning.
    expect(ru('error: something new')).toBe('error: something new');
  });
});
