/** Word diff for the comparison view: pure TypeScript, safe in the renderer's Web Worker and in Node. */
export {
  wordDiff,
  tokenize,
  DEFAULT_TIMEOUT_MS,
  MIN_SHARED_SHARE,
  type WordDiffOptions,
  type WordDiffPart,
  type WordDiffKind,
  type WordDiffResult,
} from './word-diff';
export { isNegation } from './negations';
export { isContentWord, isStopword } from './stopwords';
