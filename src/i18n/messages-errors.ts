/**
 * What the CLI and the API say for a failure that is not the user's input; merged into the table.
 * An engine failure's own text is EngineError's (src/engines/engine-error.ts); these complete it.
 */
export const errorMessagesEn = {
  'error.debug': 'run with --debug for details',
  'error.bug': 'Fulcrum failed unexpectedly',
  'error.requestId': 'quote request id {requestId} when reporting it',
};

export const errorMessagesRu: Record<keyof typeof errorMessagesEn, string> = {
  'error.debug': 'подробности — с ключом --debug',
  'error.bug': 'непредвиденный сбой Fulcrum',
  'error.requestId': 'сообщая о сбое, назовите номер запроса {requestId}',
};
