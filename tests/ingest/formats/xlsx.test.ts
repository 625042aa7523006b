import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxToText } from '../../../src/ingest/formats/xlsx.ts';

async function workbook(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('表1'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsxToText: cell values', () => {
  it('renders numbers, percents, formulas, dates, rich text, links, booleans and errors', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = 0.1 + 0.2; // float noise
      ws.getCell('B1').value = 12345.678;
      ws.getCell('B1').numFmt = '#,##0.00'; // display format only: the value is kept
      ws.getCell('C1').value = 0.6667;
      ws.getCell('C1').numFmt = '0.0%';
      ws.getCell('D1').value = { formula: 'B1/2', result: 6172.839 };
      ws.getCell('E1').value = new Date(Date.UTC(2024, 2, 15));
      ws.getCell('F1').value = { richText: [{ text: '执行' }, { font: { bold: true }, text: '率' }] };
      ws.getCell('G1').value = { text: '附件', hyperlink: 'http://example.invalid/a.pdf' };
      ws.getCell('H1').value = true;
      ws.getCell('I1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('J1').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue; // no cached result
    });
    expect(await xlsxToText(bytes)).toBe(
      '表1\n0.3\t12345.678\t66.7%\t6172.839\t2024-03-15\t执行率\t附件\tTRUE\t#DIV/0!\t\n\n',
    );
  });

  it('merged range: value in the top-left cell only, the rest empty', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['项目资金', null, '年初预算数']);
      ws.addRow([null, '年度资金总额', 150]);
      ws.mergeCells('A1:A2');
      ws.addRow(['总分', null, 90.6]);
      ws.mergeCells('A3:B3');
    });
    expect(await xlsxToText(bytes)).toBe(
      '表1\n项目资金\t\t年初预算数\n\t年度资金总额\t150\n总分\t\t90.6\n\n',
    );
  });

  it('drops leading empty columns and trailing empty rows; an inner empty row → blank line; one block per sheet', async () => {
    const bytes = await workbook((ws, wb) => {
      ws.getCell('B2').value = '序号';
      ws.getCell('C2').value = '名称';
      ws.getCell('B4').value = 1;
      ws.getCell('C4').value = '甲';
      ws.getCell('C8').value = null;
      const second = wb.addWorksheet('说明');
      second.getCell('A1').value = '单位：万元';
    });
    expect(await xlsxToText(bytes)).toBe('表1\n序号\t名称\n\n1\t甲\n\n说明\n单位：万元\n\n');
  });

  it('an empty sheet is its name and a blank line', async () => {
    expect(await xlsxToText(await workbook(() => undefined))).toBe('表1\n\n');
  });
});
