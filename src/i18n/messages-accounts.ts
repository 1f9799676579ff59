/** CLI strings of `fulcrum user password`; merged into the message table. */
export const accountMessagesEn = {
  'user.passwordSet':
    'New password set for {login}: their sessions ended and {tokens} API tokens were revoked',
};

export const accountMessagesRu: Record<keyof typeof accountMessagesEn, string> = {
  'user.passwordSet': 'Пароль {login} изменён: сеансы завершены, отозвано API-токенов: {tokens}',
};
