/** 文件's data entry: the document repository other areas' data code may use. Only data/ files. */
export { createDocumentRepository, documentRepository } from './document-repository';
