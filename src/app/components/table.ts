/** Column definition of DataTable.svelte. */
export interface Column<R> {
  key: string;
  label: string;
  align?: 'left' | 'right';
  sortable?: boolean;
  /** Text shown in the cell (default: the raw value). */
  format?: (row: R) => string;
  /** Value written to CSV (default: the raw value; objects as JSON). */
  csv?: (row: R) => string | number | boolean | null;
  /** Render with the table's `cell` snippet instead of text. */
  custom?: boolean;
  width?: string;
  /** Keep the cell on one line (short codes, years, badges). */
  nowrap?: boolean;
}
