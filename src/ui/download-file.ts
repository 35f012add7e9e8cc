/** Saves a file with the browser's download, from memory (a blob: URL: nothing leaves the machine). */
export function downloadFile(name: string, content: string | Blob, mediaType = 'application/octet-stream'): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000); // long enough for the browser to start the download
}
