/** 党费's data entry: the dues repository other areas' data code reads a branch's dues through. Only data/ files. */
export { createDuesRepository } from './dues-repository';
