/** Saves a file from the page (no server involved): a Blob URL for text, a data URL for PNG. */
function save(href: string, filename: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(filename: string, text: string, mime = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  save(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadDataUrl(filename: string, dataUrl: string): void {
  save(dataUrl, filename);
}

/** A file-name-safe stem with the date, e.g. 项目_2024-05-01. */
export function exportName(stem: string, extension: string): string {
  const date = new Date().toISOString().slice(0, 10);
  return `${stem.replace(/[\\/:*?"<>|\s]+/g, '_')}_${date}.${extension}`;
}
