/** 学习's data entry: the notebook repository other areas' data code writes study records through. Only data/ files. */
export { createNotebookRepository } from './notebook-repository';
