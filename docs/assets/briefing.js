// Give Material's search dialog an accessible name (axe: aria-dialog-name).
document.querySelectorAll(".md-search[role=dialog]").forEach(function (dialog) {
  if (!dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
});
