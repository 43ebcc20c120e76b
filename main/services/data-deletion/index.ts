export { DataDeletionService, type DeleteAllDataOptions, type DeletedData } from './delete-all-data';
