/** Users, passwords, sessions and API tokens. */
export {
  addUser,
  listUsers,
  hasNoUsers,
  checkPassword,
  generatePassword,
  parseRole,
  updateUser,
  removeUser,
  resetPassword,
  type UserPatch,
} from './accounts.ts';
export { ROLES } from '../../store/index.ts';
export {
  startSession,
  resumeSession,
  endSession,
  createApiToken,
  userByApiToken,
  listOwnTokens,
  listTokensOf,
  revokeToken,
  type Credential,
  DEFAULT_SESSION_POLICY,
  type ActiveSession,
  type SessionPolicy,
} from './sessions.ts';
