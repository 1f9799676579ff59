import type { tokensRu } from './tokens-ru.ts';

/** English strings of the owner's view of everyone's API tokens (Settings); spread into en.ts. */
export const tokensEn: Record<keyof typeof tokensRu, string> = {
  'tokens.whose': 'Whose tokens',
  'tokens.mine': '{login} (you)',
  'tokens.othersHint':
    'Tokens are created by their holder. Revoking takes effect at once; a new password for a user revokes all their tokens.',
  'tokens.none': 'No tokens.',
};
