/** CLI strings of the sample company's demo accounts; merged into the message table. */
export const sampleMessagesEn = {
  'sample.account.owner': 'Demo owner — login: {login}  password: {password}',
  'sample.account.employee':
    'Demo employee ({name}, sees only their own motivation sheets) — login: {login}  password: {password}',
  'sample.account.analyst':
    'Demo analyst ({name}, sees only their own analyst sheets) — login: {login}  password: {password}',
};

export const sampleMessagesRu: Record<keyof typeof sampleMessagesEn, string> = {
  'sample.account.owner': 'Демо-собственник — логин: {login}  пароль: {password}',
  'sample.account.employee':
    'Демо-сотрудник ({name}, видит только свои мотивационные листы) — логин: {login}  пароль: {password}',
  'sample.account.analyst':
    'Демо-аналитик ({name}, видит только свои листы аналитика) — логин: {login}  пароль: {password}',
};
