import type ExcelJS from 'exceljs';
import type { FactDeclaration, Localized } from '../core/agreement/types';
import { LOG_SHEET_NAME } from '../core/audit';
import { parseTable } from '../core/table/parse';
import type { MappingOverride, ParseOptions, TableResult } from '../core/table/types';
import { worksheetGrid } from './workbookGrid';

export type SheetChoice =
  { ok: true; sheet: ExcelJS.Worksheet; parsed: TableResult } | { ok: false; message: Localized; parsed?: TableResult };

/**
 * The sheet that holds the region table. With --sheet, that sheet (hidden ones too). Otherwise the
 * visible sheets are read and the one with a header row (population and region) is used; none gives
 * the first sheet's errors, several are an error naming them, so that Kvot never guesses a sheet.
 */
export function chooseSheet(
  workbook: ExcelJS.Workbook,
  file: string,
  wanted: string | undefined,
  facts: FactDeclaration[],
  override: MappingOverride,
  options: ParseOptions,
): SheetChoice {
  const date1904 = workbook.properties?.date1904 === true;
  const read = (sheet: ExcelJS.Worksheet) => parseTable(worksheetGrid(sheet, date1904), facts, override, options);
  const sheets = workbook.worksheets.filter((ws) => ws.name !== LOG_SHEET_NAME);
  const names = sheets.map((ws) => ws.name).join(', ');

  if (wanted !== undefined) {
    const sheet =
      sheets.find((ws) => ws.name === wanted) ?? sheets.find((ws) => ws.name.toLocaleLowerCase('sv') === wanted.toLocaleLowerCase('sv'));
    if (!sheet) {
      return {
        ok: false,
        message: {
          sv: `Bladet "${wanted}" finns inte i ${file} (blad: ${names}).`,
          en: `No sheet "${wanted}" in ${file} (sheets: ${names}).`,
        },
      };
    }
    return { ok: true, sheet, parsed: read(sheet) };
  }

  const visible = sheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
  if (visible.length === 0) return { ok: false, message: { sv: `${file} har inga synliga blad.`, en: `${file} has no visible sheets.` } };
  const readings = visible.map((sheet) => ({ sheet, parsed: read(sheet) }));
  const withTable = readings.filter(({ parsed }) => parsed.ok || !parsed.errors.some((e) => e.code === 'header-row-not-found'));
  if (withTable.length === 1) return { ok: true, ...withTable[0] };
  if (withTable.length === 0) {
    if (readings.length === 1) return { ok: true, ...readings[0] };
    return {
      ok: false,
      parsed: readings[0].parsed,
      message: {
        sv: `Inget av bladen i ${file} (${names}) har en regiontabell som Kvot känner igen; felen för bladet "${visible[0].name}" står ovan. Välj blad med --sheet.`,
        en: `None of the sheets in ${file} (${names}) holds a region table Kvot recognises; the errors for sheet "${visible[0].name}" are above. Choose a sheet with --sheet.`,
      },
    };
  }
  const found = withTable.map(({ sheet }) => `"${sheet.name}"`).join(', ');
  return {
    ok: false,
    message: {
      sv: `Flera blad i ${file} har en regiontabell: ${found}. Välj ett med --sheet, t.ex. --sheet "${withTable[0].sheet.name}".`,
      en: `Several sheets in ${file} hold a region table: ${found}. Choose one with --sheet, e.g. --sheet "${withTable[0].sheet.name}".`,
    },
  };
}
