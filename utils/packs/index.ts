export { importPack, packFromList, packIdFor, remapPack, type PackOptions } from './build-pack';
export { parseCsv, type CsvRecord } from './csv-read';
export { csvField, csvRecord } from './csv-write';
export { PackError } from './errors';
export { packLexiconJson, packSourceFileName, packSourceText } from './export-pack';
export { ALL_CATEGORIES, categoriesOf, formatOf, readKeywordList } from './keyword-list';
export { checkMapping, clausesFor } from './mapping';
export { CategoryMapping, KeywordList, KeywordRow, loadPack, Pack, type ListFormat } from './pack';
