/**
 * 设置 offers nothing to other areas: its page is loaded by app/routes.tsx on its own (as
 * every area's page is, so that its code stays in its chunk). Add here what another area
 * may use; never import this folder's files from outside it.
 */
export {};
