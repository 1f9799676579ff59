/** CLI strings of `fulcrum whatif`: where the costs came from, or which ones profit still needs. */
export const whatifMessagesEn = {
  'whatif.costsFromData': 'Costs not typed in are the data of {period}: {names}',
  'whatif.profitMissing':
    'Profit is not computed: give {names} with the lever values (e.g. --values …,{example}); there is no data to take them from',
};

export const whatifMessagesRu: Record<keyof typeof whatifMessagesEn, string> = {
  'whatif.costsFromData': 'Незаданные расходы взяты из данных за {period}: {names}',
  'whatif.profitMissing':
    'Прибыль не посчитана: задайте {names} вместе с рычагами (например, --values …,{example}); данных, откуда их взять, нет',
};
