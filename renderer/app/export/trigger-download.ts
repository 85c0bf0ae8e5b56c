/**
 * Browser mode: the host serves the finished file as an attachment, so following the link saves
 * it without leaving the page. A temporary anchor is what lets the page name the download.
 */
export const triggerDownload = (url: string, fileName: string): void => {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
};
