import { UserError } from '../../i18n/user-error.ts';
/** One stage of a chain (a machine, sales, the market) and how much it handles per period. */
export interface Stage {
  name: string;
  capacity: number;
}

/** What a chain of stages puts out and which stage limits it. */
export interface Throughput {
  output: number;
  /** The first stage with the smallest capacity: the one to raise next. */
  bottleneck: string;
}

/** Theory of constraints: a chain makes no more than its slowest stage. */
export function throughput(stages: readonly Stage[]): Throughput {
  const first = stages[0];
  if (!first)
    throw new UserError({
      en: 'a chain needs at least one stage',
      ru: 'в цепочке нужен хотя бы один этап',
    });
  let min = first;
  for (const s of stages) if (s.capacity < min.capacity) min = s;
  return { output: min.capacity, bottleneck: min.name };
}

/** A copy of the chain with one stage's capacity changed; an unknown stage is an error. */
export function raise(stages: readonly Stage[], name: string, capacity: number): Stage[] {
  if (!stages.some((s) => s.name === name)) {
    const names = stages.map((s) => s.name).join(', ');
    throw new UserError({
      en: `unknown stage "${name}": stages are ${names}`,
      ru: `нет этапа «${name}»: этапы — ${names}`,
    });
  }
  return stages.map((s) => (s.name === name ? { ...s, capacity } : s));
}
