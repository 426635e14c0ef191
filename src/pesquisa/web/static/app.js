// pesquisa workbench: the only script, served from /static (no CDN, no inline code).
// Progressive enhancement only: every page works without it.
// - toggles highlight layers on a document page;
// - judgement forms: the token typed once is kept for this tab (sessionStorage, gone when the tab
//   closes) and filled into the other token fields; the merge partner list narrows as you type,
//   asking the API for entities of the same type by name.
(function () {
  "use strict";
  var TOKEN_KEY = "pesquisa-token";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  function layers() {
    each("input[data-layer]", function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
      });
    });
  }

  function tokens() {
    var stored = null;
    try { stored = window.sessionStorage.getItem(TOKEN_KEY); } catch (e) { stored = null; }
    each("input[name=token]", function (field) {
      if (stored && !field.value) { field.value = stored; }
      field.addEventListener("change", function () {
        try { window.sessionStorage.setItem(TOKEN_KEY, field.value); } catch (e) { /* storage off: type it each time */ }
      });
    });
  }

  function partners() {
    each("input[data-search-type]", function (field) {
      var type = field.getAttribute("data-search-type");
      var list = document.getElementById(field.getAttribute("list"));
      if (!type || !list) { return; }
      var timer = null, asked = "";
      field.addEventListener("input", function () {
        var q = field.value.trim();
        if (q.length < 2 || q === asked || /^[a-z]{3}-[0-9a-f]+$/.test(q)) { return; }
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          asked = q;
          var url = "/api/entities?limit=20&type=" + encodeURIComponent(type) + "&q=" + encodeURIComponent(q);
          window.fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
            return r.ok ? r.json() : { items: [] };
          }).then(function (page) {
            var self = (field.form.getAttribute("action") || "").split("/")[2];
            page.items.forEach(function (e) {
              if (e.id === self || list.querySelector('option[value="' + e.id + '"]')) { return; }
              var option = document.createElement("option");
              option.value = e.id;
              option.label = e.name + " (" + e.mention_count + " mentions)";
              option.textContent = option.label;
              list.insertBefore(option, list.firstChild);
            });
          }).catch(function () { /* offline or refused: the list shipped with the page stays */ });
        }, 200);
      });
    });
  }

  ready(function () { layers(); tokens(); partners(); });
})();
