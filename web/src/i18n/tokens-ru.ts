/** Russian strings of the owner's view of everyone's API tokens (Settings); spread into ru.ts. */
export const tokensRu = {
  'tokens.whose': 'Чьи токены',
  'tokens.mine': '{login} (вы)',
  'tokens.othersHint':
    'Токены создаёт их владелец. Отзыв действует сразу; новый пароль пользователя отзывает все его токены.',
  'tokens.none': 'Токенов нет.',
};
