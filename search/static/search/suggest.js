// Search-as-you-type fills the box's <datalist> from the suggest API;
// changing a filter or the sort runs the search again.
(function () {
  var form = document.querySelector("form[data-suggest-url]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  form.querySelectorAll("select").forEach(function (select) {
    select.addEventListener("change", function () { form.submit(); });
  });
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null, last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var prefix = input.value.trim();
      if (prefix === last || prefix.length < 1) return;
      last = prefix;
      fetch(form.dataset.suggestUrl + "&q=" + encodeURIComponent(prefix))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.suggestions.map(function (s) {
            var option = document.createElement("option");
            option.value = s;
            return option;
          }));
        })
        .catch(function () {});
    }, 120);
  });
})();
