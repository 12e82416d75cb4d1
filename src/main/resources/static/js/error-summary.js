// A form that came back with errors opens with its error summary focused, so that a screen reader reads it first
// and Tab goes on from there; each link in the summary moves focus to the field it names, its label in view.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
});

document.addEventListener('click', function (event) {
    var link = event.target.closest('.error-summary a[href^="#"]');
    if (!link) {
        return;
    }
    var name = decodeURIComponent(link.getAttribute('href').slice(1));
    var form = link.closest('form');
    // A field is found by its id, or by its name where the id differs (radio buttons, a renamed select).
    var field = document.getElementById(name) || (form && form.elements.namedItem(name));
    if (field && !field.focus && field.length) {
        field = field[0];
    }
    if (!field || !field.focus) {
        return;
    }
    event.preventDefault();
    var label = field.id ? document.querySelector('label[for="' + CSS.escape(field.id) + '"]') : null;
    (label || field).scrollIntoView({block: 'start'});
    field.focus({preventScroll: true});
});
