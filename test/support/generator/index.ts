export { DATASET_TABLES, DEFAULT_SEED, DEFAULT_TODAY, generateBranchData, generateBranches, generateDataset, planBranches, rowsOf } from './dataset';
export type { BranchData, GeneratorOptions, TableName } from './dataset';
export { isScaleName, SCALES, type ScaleName, type ScaleSpec } from './scales';
export { statRecordsOf } from './stat-records';
