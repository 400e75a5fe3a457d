// exceljs's Workbook module on its own (src/cli/workbook.ts); the package's types describe it as ExcelJS.Workbook.
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';

  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
