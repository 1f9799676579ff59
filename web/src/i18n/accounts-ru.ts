/** Russian strings of a password reset in Settings (owner only); spread into ru.ts. */
export const accountsRu = {
  'accounts.resetConfirm':
    'Задать {login} новый пароль? Старый перестанет действовать, сеансы завершатся, API-токены будут отозваны.',
  'accounts.newPasswordFor': 'Новый пароль для {login}:',
  'accounts.shownOnce': 'передайте его — больше он показан не будет.',
};
