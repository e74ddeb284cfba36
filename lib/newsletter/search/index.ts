export { indexVersion, searchableText } from './indexer';
export { searchVersions, type SearchHit } from './query';
