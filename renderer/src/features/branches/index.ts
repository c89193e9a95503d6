/**
 * 各支部 (the central office's view of its branches) offers nothing to other areas: its
 * page is loaded by app/routes.tsx on its own. Add here what another area may use; never
 * import this folder's files from outside it.
 */
export {};
