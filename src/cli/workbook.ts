import type ExcelJS from 'exceljs';
import WorkbookClass from 'exceljs/lib/doc/workbook.js';

/**
 * exceljs's Workbook, loaded without the rest of the package: its main entry also loads the streaming
 * reader and writer (archiver, unzipper, bluebird, es-abstract: 660 modules, about twice the start-up
 * time), which the CLI never uses; it reads and writes whole workbooks, which this module alone does
 * (278 modules). The class is the very one `ExcelJS.Workbook` names.
 */
export const Workbook = WorkbookClass as typeof ExcelJS.Workbook;
