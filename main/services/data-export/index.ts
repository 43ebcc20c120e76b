// "Export all my data": public surface.
export { DataExportService, DATA_FILE, DECKS_FILE, type DataExportReceipt } from './data-export-service';
export { EXPORT_FORMAT_VERSION, type ExportedData } from './export-format';
