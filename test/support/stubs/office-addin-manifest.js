// office-addin-mock requires office-addin-manifest only for this enum; the real package's
// dependencies are ESM-only and do not load under jest (TOOLCHAIN.md).
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
