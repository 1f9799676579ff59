/** CLI strings of `--export` on the analysis commands; merged into the message table. */
export const exportMessagesEn = {
  'export.written': 'Written to {files}',
};

export const exportMessagesRu: Record<keyof typeof exportMessagesEn, string> = {
  'export.written': 'Записано в {files}',
};
