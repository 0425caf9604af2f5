// The few things Blazor cannot do from C# without a helper. No framework.
window.alliance = {
  setDocumentLanguage: function (code) { document.documentElement.lang = code; }
};
