// "Export all my data": public surface.
export { DataExportService, DATA_FILE, DECKS_FILE, type DataExportReceipt } from './data-export-service';
export { EXPORT_FORMAT_VERSION, READABLE_EXPORT_FORMAT_VERSIONS, type ExportedData } from './export-format';
export { readExportedData, type ReadExport } from './read-export';
