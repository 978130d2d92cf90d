// Saving a file from one of our pages (options, reading report): through a temporary object URL;
// nothing leaves the machine.

/** `data` as one string, or as parts (a large export is built in pieces, never joined into one string). */
export type Download = (filename: string, mime: string, data: string | string[]) => void;

export const downloadFile: Download = (filename, mime, data) => {
  const url = URL.createObjectURL(new Blob(typeof data === "string" ? [data] : data, { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
