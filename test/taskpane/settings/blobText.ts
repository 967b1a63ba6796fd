/**
 * jsdom 20 (Jest 29) has no Blob.prototype.text(), which the import view reads files with; this
 * adds it through jsdom's FileReader (UTF-8, byte-order mark removed, as browsers do).
 */
export function installBlobText(): void {
  if (typeof Blob.prototype.text === "function") return;
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this, "utf-8");
    });
  };
}
