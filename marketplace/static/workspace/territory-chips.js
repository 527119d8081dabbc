// Territory chips: each offer line's territory expression ("ASEAN, CN
// excluding MM") shown as removable chips for the countries and groups it
// covers and excludes, with a box to add one more. The text box stays the
// source of truth and is rewritten on every change, so the form works the
// same without this script. No inline code: the site's CSP forbids it.
(function () {
  "use strict";
  var labels = document.getElementById("territory-chip-labels");
  if (!labels) return;
  var names = {};
  document.querySelectorAll("#territory-options option").forEach(function (option) {
    names[option.value.toUpperCase()] = option.textContent;
  });

  function parse(text) {
    var parts = text.split(/\s+(?:excluding|except|excl\.?)\s+/i);
    var list = function (part) {
      return (part || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    };
    return { include: list(parts[0]), exclude: list(parts[1]) };
  }

  function write(input, state) {
    var text = state.include.join(", ");
    if (state.exclude.length) text += " excluding " + state.exclude.join(", ");
    input.value = text;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function chip(value, onRemove) {
    var item = document.createElement("li");
    item.className = "chip";
    var label = document.createElement("span");
    label.textContent = names[value.toUpperCase()] || value;
    label.title = value;
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "chip-remove";
    remove.textContent = "×";
    remove.setAttribute("aria-label", labels.dataset.remove + ": " + label.textContent);
    remove.addEventListener("click", onRemove);
    item.append(label, remove);
    return item;
  }

  function enhance(input) {
    var box = document.createElement("div");
    box.className = "territory-chips";
    var include = document.createElement("ul");
    var exclude = document.createElement("ul");
    include.className = "chips chips-include";
    exclude.className = "chips chips-exclude";
    include.setAttribute("aria-label", labels.dataset.include);
    exclude.setAttribute("aria-label", labels.dataset.exclude);
    var adder = document.createElement("div");
    adder.className = "chip-adder";
    var field = document.createElement("input");
    field.type = "text";
    field.setAttribute("list", "territory-options");
    field.placeholder = labels.dataset.placeholder;
    field.setAttribute("aria-label", labels.dataset.placeholder);
    field.className = "chip-input";
    var asExclusion = document.createElement("label");
    var toggle = document.createElement("input");
    toggle.type = "checkbox";
    toggle.className = "chip-exclude";
    asExclusion.append(toggle, document.createTextNode(" " + labels.dataset.excluding));
    var add = document.createElement("button");
    add.type = "button";
    add.className = "button-quiet chip-add";
    add.textContent = labels.dataset.add;
    adder.append(field, asExclusion, add);
    box.append(include, exclude, adder);
    input.after(box);

    function render() {
      var state = parse(input.value);
      include.replaceChildren();
      exclude.replaceChildren();
      state.include.forEach(function (value, i) {
        include.append(chip(value, function () { state.include.splice(i, 1); write(input, state); render(); }));
      });
      state.exclude.forEach(function (value, i) {
        exclude.append(chip(value, function () { state.exclude.splice(i, 1); write(input, state); render(); }));
      });
      exclude.hidden = !state.exclude.length;
    }

    function addOne() {
      var value = field.value.trim();
      if (!value) return;
      var state = parse(input.value);
      var target = toggle.checked ? state.exclude : state.include;
      if (target.indexOf(value) === -1) target.push(value);
      write(input, state);
      field.value = "";
      toggle.checked = false;
      render();
      field.focus();
    }

    add.addEventListener("click", addOne);
    field.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); addOne(); }
    });
    input.addEventListener("input", render);
    render();
  }

  document.querySelectorAll("input[data-territory-chips]").forEach(enhance);
})();
