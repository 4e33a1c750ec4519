export { ClauseMarkDB, DB_NAME, type ClauseMarkDBOptions } from './database';
export { StorageError, storageFailure } from './errors';
export { flagPage, type FlagResult } from './flag';
export { clauseKey, matchIdOf, pageIdOf, verdictKeyOf } from './ids';
export { FlagInput, FlagMatch } from './inputs';
export * from './rows';
export { LATEST_VERSION, SCHEMA_HISTORY, type SchemaVersion } from './schema';
export { domainOf, normalizeUrl } from './url';
