/** CSS tone of an execution rate or score cell: over-spending and low execution stand out. */
export function rateTone(rate: number | null): '' | 'danger' | 'warn' {
  if (rate === null) return '';
  if (rate > 1) return 'danger';
  if (rate < 0.6) return 'warn';
  return '';
}
