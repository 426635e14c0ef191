// pesquisa workbench: the only script, served from /static (no CDN, no inline code).
// Toggles highlight layers on a document page; everything else works without JavaScript.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var boxes = document.querySelectorAll("input[data-layer]");
    Array.prototype.forEach.call(boxes, function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
      });
    });
  });
})();
