// Saving a file from one of our pages (options, reading report): through a temporary object URL;
// nothing leaves the machine.

export type Download = (filename: string, mime: string, data: string) => void;

export const downloadFile: Download = (filename, mime, data) => {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
