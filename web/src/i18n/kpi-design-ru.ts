/** Russian strings of the KPI designer's shares and saving; spread into kpi-ru.ts. */
export const kpiDesignRu = {
  'kpi.design.weights': 'Доли премии, %',
  'kpi.design.weightOf': 'Доля «{kpi}» в премии должности «{position}», %',
  'kpi.design.sum': 'Сумма: {sum}',
  'kpi.design.equal': 'Поровну',
  'kpi.design.equalTitle': 'Разделить премию должности «{position}» поровну между её показателями',
  'kpi.design.save': 'Сохранить систему KPI',
  'kpi.design.saved': 'Система KPI сохранена.',
  'kpi.design.savedAt': 'Сохранено {when}.',
  'kpi.design.unsaved': 'Есть несохранённые изменения.',
  'kpi.design.notSaved': 'Система KPI для этой модели ещё не сохранена: ниже — начальный вариант.',
  'kpi.design.readOnly':
    'Сохранять систему KPI может владелец или руководитель; вы можете пробовать варианты.',
  'kpi.design.revert': 'Вернуть сохранённое',
  'kpi.design.download': 'Скачать XLSX',
  'kpi.design.fix': 'Чтобы сохранить, исправьте:',
  'kpi.design.err.short': '«{position}»: доли в сумме {sum}, а должны — 100\u00a0% (не хватает {gap}).',
  'kpi.design.err.over': '«{position}»: доли в сумме {sum}, а должны — 100\u00a0% (лишние {gap}).',
  'kpi.design.err.number': '«{position}»: доля «{kpi}» — неотрицательное число.',
  'kpi.design.err.empty': '«{position}»: отметьте хотя бы один показатель или уберите должность.',
  'kpi.design.err.none': 'Добавьте хотя бы одну должность.',
};
