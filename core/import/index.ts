/** Reading files into sources: one reader per format, chosen and checked by `importFile`. */
export { importBytes, withOverrides } from './import-bytes';
export type { ImportOverrides, ImportSourceCall, ImportSourceInput } from './import-bytes';
export {
  importFile,
  IMPORTABLE_EXTENSIONS,
  isImportable,
  tooBigError,
  unsupportedError,
} from './import-file';
export { importText } from './text';
export { MAX_IMPORT_FILE_BYTES, type ImportedSource, type Importer } from './types';
