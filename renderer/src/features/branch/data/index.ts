/** 支部信息's data entry: the branch repository other areas' data code reads and writes the branch record through. Only data/ files. */
export { createBranchRepository } from './branch-repository';
export { applyElectionsAfterImport, createElectionRepository, electionRepository, ElectionRefusedError, type ElectionCase } from './election-repository';
