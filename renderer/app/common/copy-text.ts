/** Writes text to the clipboard; resolves false when the browser refuses (no focus, no permission). */
export const copyText = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};
