// The Timeline's filters: each select keeps the events whose data-<name>
// holds its value (space-separated ids); a month or year left empty is
// hidden with its heading. Without script, every event shows.
document.querySelectorAll("form[data-bf-filter]").forEach(function (form) {
  var list = document.getElementById(form.getAttribute("data-bf-filter"));
  if (!list) return;
  var events = Array.prototype.slice.call(list.querySelectorAll("li.bf-event"));
  var groups = Array.prototype.slice.call(list.querySelectorAll("[data-bf-group]")).reverse();
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var count = form.querySelector(".bf-view-count");

  function apply() {
    var shown = 0;
    events.forEach(function (event) {
      var keep = selects.every(function (select) {
        if (!select.value) return true;
        var values = (event.getAttribute("data-" + select.name) || "").split(" ");
        return values.indexOf(select.value) !== -1;
      });
      event.hidden = !keep;
      if (keep) shown += 1;
    });
    groups.forEach(function (group) {  // months before their years
      group.hidden = !group.querySelector("li.bf-event:not([hidden])");
    });
    if (count) count.textContent = shown + " of " + events.length + (events.length === 1 ? " event" : " events") + " shown";
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
});
