export { ROLES, USER_LANGS, type Role, type UserLang } from './roles.ts';
