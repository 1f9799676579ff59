/** A formula tree from a user's file (cli/model-choice.ts imports this only for a non-preset --model). */
export { resolveModel } from '../services/index.ts';
