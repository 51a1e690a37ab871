// The dashboard's one script, inline in every page: sortable tables, filters, and a CSV of the rows shown.
// It fetches nothing and names no URL, so a page works opened from disk and with the network unplugged.
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) !== "NaN" && /^-?[\d.eE+-]+$/.test(a) && /^-?[\d.eE+-]+$/.test(b)) return x - y;
    return a.localeCompare(b);
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, index) {
      th.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) { var c = compare(cellValue(r1, index), cellValue(r2, index)); return descending ? -c : c; });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  function applyFilters(id) {
    var table = document.getElementById(id);
    if (!table) return;
    var text = document.querySelector('input.table-filter[data-for="' + id + '"]');
    var needle = text ? text.value.trim().toLowerCase() : "";
    var choices = Array.prototype.slice.call(document.querySelectorAll('select.table-choice[data-for="' + id + '"]'));
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var ok = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
      choices.forEach(function (select) {
        if (ok && select.value !== "") ok = row.cells[+select.getAttribute("data-column")].textContent === select.value;
      });
      row.hidden = !ok;
      if (ok) shown++;
    });
    var count = document.querySelector('.table-count[data-for="' + id + '"]');
    if (count) count.textContent = shown.toLocaleString("en-US") + " rows";
  }
  document.querySelectorAll("input.table-filter, select.table-choice").forEach(function (input) {
    input.addEventListener("input", function () { applyFilters(input.getAttribute("data-for")); });
    input.addEventListener("change", function () { applyFilters(input.getAttribute("data-for")); });
  });
  function csvField(text) {
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  document.querySelectorAll("button.table-csv").forEach(function (button) {
    button.addEventListener("click", function () {
      var table = document.getElementById(button.getAttribute("data-for"));
      var lines = [Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return csvField(c.textContent.replace(/ [▲▼]$/, "")); }).join(",")];
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        if (!row.hidden) lines.push(Array.prototype.map.call(row.cells, function (c) { return csvField(c.textContent); }).join(","));
      });
      var link = document.createElement("a");
      link.href = "data:text/csv;charset=utf-8," + encodeURIComponent(lines.join("\r\n") + "\r\n");
      link.download = button.getAttribute("data-file");
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
})();
