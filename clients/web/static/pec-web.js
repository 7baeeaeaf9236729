// pec-web's enhancements; every page works without them.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary so screen readers announce it first.
    var summary = document.getElementById('riepilogo-errori');
    if (summary) { summary.focus(); }

    // Rotate identity images in place instead of reloading the page.
    document.querySelectorAll('a.rotate-link').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var image = document.getElementById(link.getAttribute('data-target'));
        if (!image) { return; }
        event.preventDefault();
        var turn = (parseInt(image.getAttribute('data-turn') || '0', 10) + 1) % 4;
        image.classList.remove('turn-0', 'turn-1', 'turn-2', 'turn-3');
        image.classList.add('turn-' + turn);
        image.setAttribute('data-turn', String(turn));
      });
    });

    // Refuse a file over 4 MB or not a JPEG before it is sent (the server checks again).
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        var max = parseInt(input.getAttribute('data-max-bytes'), 10);
        if (!file) { input.setCustomValidity(''); return; }
        if (file.size > max) {
          input.setCustomValidity('Il file supera i 4 MB: scegli un\'immagine più piccola.');
        } else if (file.type && file.type !== 'image/jpeg') {
          input.setCustomValidity('Il file non è un\'immagine JPEG.');
        } else {
          input.setCustomValidity('');
        }
        input.reportValidity();
      });
    });
    // The forms have novalidate (the server's messages are the ones shown), so hold back a
    // form whose file was refused above.
    document.querySelectorAll('form[enctype="multipart/form-data"]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var bad = Array.prototype.find.call(form.querySelectorAll('input[type=file]'), function (input) {
          return input.validationMessage;
        });
        if (bad) { event.preventDefault(); bad.reportValidity(); }
      });
    });
  });
})();
