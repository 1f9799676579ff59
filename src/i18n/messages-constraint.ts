/** CLI strings of the key constraint's range rule and its next step; merged into the message table. */
export const constraintMessagesEn = {
  'constraint.heldAtBound':
    '{lever}: the gain of {segments} counts each new lead as one buyer at most — a share above 100% (repeat buyers) is not carried over to new leads.',
  'constraint.next': 'What to do next: {text}',
  'constraint.outOfRange':
    '{lever}: {segments} read above 100% and are left out of its percentile and potential — a share cannot pass 100%; there the buyers include repeat buyers who were never that segment’s leads.',
};

export const constraintMessagesRu: Record<keyof typeof constraintMessagesEn, string> = {
  'constraint.heldAtBound':
    '{lever}: прирост у {segments} считает каждого нового лида не больше чем одним покупателем — доля выше 100% (повторные покупатели) на новых лидов не переносится.',
  'constraint.next': 'Что делать дальше: {text}',
  'constraint.outOfRange':
    '{lever}: у {segments} значение выше 100%, они не входят в перцентиль и потенциал — доля не бывает больше 100%; там среди покупателей есть повторные, которые не были лидами этого сегмента.',
};
