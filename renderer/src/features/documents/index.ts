/** 文件: loaded by app/routes.tsx on its own; offers its data entry to other areas. */
export * from './data';
