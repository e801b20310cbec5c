export { extractStatements } from './extract';
export type { Candidate, ExtractOptions } from './types';
