// Give Material's search dialog an accessible name (axe: aria-dialog-name).
document.querySelectorAll(".md-search[role=dialog]").forEach(function (dialog) {
  if (!dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
});

// Sortable tables: a button in each column's heading sorts the rows by it,
// numbers as numbers (a cell's data-sort, else its text), then the other way.
(function () {
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function value(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    var numbers = a !== "" && b !== "" && isFinite(a) && isFinite(b);
    return numbers ? x - y : collator.compare(a, b);
  }

  document.querySelectorAll(".bf-table table").forEach(function (table) {
    var body = table.tBodies[0];
    if (!table.tHead || !body || body.rows.length < 2) return;
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headings.forEach(function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "bf-sort";
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(value(a, column), value(b, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
