import type { accountsRu } from './accounts-ru.ts';

/** English strings of a password reset in Settings (owner only); spread into en.ts. */
export const accountsEn: Record<keyof typeof accountsRu, string> = {
  'accounts.resetConfirm':
    'Set a new password for {login}? The old one stops working, their sessions end and their API tokens are revoked.',
  'accounts.newPasswordFor': 'New password for {login}:',
  'accounts.shownOnce': 'pass it on — it will not be shown again.',
};
