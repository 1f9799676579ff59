/** CLI strings of accounts (`fulcrum user password`, the first owner `serve` creates); merged into the message table. */
export const accountMessagesEn = {
  'user.passwordSet':
    'New password set for {login}: their sessions ended and {tokens} API tokens were revoked',
  'serve.firstOwner': 'The first owner account was created. Sign in with',
  'serve.firstOwnerLogin': 'login:    {login}',
  'serve.firstOwnerPassword': 'password: {password}',
  'serve.firstOwnerOnce': 'The password is shown only now. A new one: {command}',
};

export const accountMessagesRu: Record<keyof typeof accountMessagesEn, string> = {
  'user.passwordSet': 'Пароль {login} изменён: сеансы завершены, отозвано API-токенов: {tokens}',
  'serve.firstOwner': 'Создана первая учётная запись владельца. Вход:',
  'serve.firstOwnerLogin': 'логин:  {login}',
  'serve.firstOwnerPassword': 'пароль: {password}',
  'serve.firstOwnerOnce': 'Пароль показан только сейчас. Новый: {command}',
};
