/** What CLI commands say about their own options' shapes (the terminal alone spells the flags). */
export const cliErrorsEn = {
  'cli.namesNumbers': '{option} "{text}": expected name=number,…',
  'cli.dateName': '{option} "{text}": expected YYYY-MM-DD=name',
  'cli.corridor': '--corridor "{text}": expected floor-cap, e.g. 0.7-1.4',
  'cli.idNumber': '{option} "{text}": expected id=number',
  'cli.factOrTask': 'give --fact or --task',
};

export const cliErrorsRu: Record<keyof typeof cliErrorsEn, string> = {
  'cli.namesNumbers': '{option} «{text}»: ожидается имя=число,…',
  'cli.dateName': '{option} «{text}»: ожидается ГГГГ-ММ-ДД=название',
  'cli.corridor': '--corridor «{text}»: ожидается нижняя-верхняя граница, например 0.7-1.4',
  'cli.idNumber': '{option} «{text}»: ожидается id=число',
  'cli.factOrTask': 'укажите --fact или --task',
};
