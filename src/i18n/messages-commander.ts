/**
 * Commander's own parse errors, named by its error codes. Commander writes them in English only;
 * the English templates here are the exact shapes it writes (cli/commander-text.ts reads the
 * values back out of them) and the Russian ones say the same. `{flags}` is the option as commander
 * prints it (`--period <p>`); `{_s}` is English grammar read out and not written back.
 */
export const commanderMessagesEn = {
  'commander.unknownOption': "error: unknown option '{flag}'",
  'commander.unknownCommand': "error: unknown command '{name}'",
  'commander.missingArgument': "error: missing required argument '{name}'",
  'commander.optionMissingArgument': "error: option '{flags}' argument missing",
  'commander.missingMandatoryOptionValue': "error: required option '{flags}' not specified",
  'commander.invalidArgument': "error: option '{flags}' argument '{value}' is invalid.{reason}",
  'commander.invalidCommandArgument':
    "error: command-argument value '{value}' is invalid for argument '{name}'.{reason}",
  'commander.excessArguments': 'error: too many arguments. Expected {expected} argument{_s} but got {got}.',
  'commander.excessArgumentsFor':
    "error: too many arguments for '{name}'. Expected {expected} argument{_s} but got {got}.",
  'commander.conflictingOption': 'error: {a} cannot be used with {b}',
  'commander.optionName': "option '{flags}'",
  // The longer shape first: the shorter would take "one of …" for a flag.
  'commander.didYouMeanOneOf': '(Did you mean one of {list}?)',
  'commander.didYouMean': '(Did you mean {one}?)',
};

export const commanderMessagesRu: Record<keyof typeof commanderMessagesEn, string> = {
  'commander.unknownOption': 'ошибка: неизвестный ключ «{flag}»',
  'commander.unknownCommand': 'ошибка: неизвестная команда «{name}»',
  'commander.missingArgument': 'ошибка: не указан обязательный аргумент «{name}»',
  'commander.optionMissingArgument': 'ошибка: у ключа «{flags}» не указано значение',
  'commander.missingMandatoryOptionValue': 'ошибка: не указан обязательный ключ «{flags}»',
  'commander.invalidArgument': 'ошибка: недопустимое значение «{value}» ключа «{flags}».{reason}',
  'commander.invalidCommandArgument': 'ошибка: недопустимое значение «{value}» аргумента «{name}».{reason}',
  'commander.excessArguments': 'ошибка: слишком много аргументов: ожидалось {expected}, получено {got}.',
  'commander.excessArgumentsFor':
    'ошибка: слишком много аргументов у команды «{name}»: ожидалось {expected}, получено {got}.',
  'commander.conflictingOption': 'ошибка: {a} и {b} нельзя указывать вместе',
  'commander.optionName': 'ключ «{flags}»',
  'commander.didYouMeanOneOf': '(Возможно, имелось в виду одно из: {list}?)',
  'commander.didYouMean': '(Возможно, имелось в виду {one}?)',
};
