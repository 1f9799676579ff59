/** CLI strings of the key constraint's range rule and its next step; merged into the message table. */
export const constraintMessagesEn = {
  'constraint.next': 'What to do next: {text}',
  'constraint.outOfRange':
    '{lever}: {segments} read above 100% and are left out of its percentile and potential — a share cannot pass 100%; there the buyers include repeat buyers who were never that segment’s leads.',
};

export const constraintMessagesRu: Record<keyof typeof constraintMessagesEn, string> = {
  'constraint.next': 'Что делать дальше: {text}',
  'constraint.outOfRange':
    '{lever}: у {segments} значение выше 100%, они не входят в перцентиль и потенциал — доля не бывает больше 100%; там среди покупателей есть повторные, которые не были лидами этого сегмента.',
};
