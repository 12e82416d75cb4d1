// The captcha's refresh link: with JavaScript, swap in a new captcha without leaving the form (what was typed
// stays); without it, the link simply reloads the form with a new captcha.
document.addEventListener('click', function (event) {
    var link = event.target.closest('[data-captcha-refresh]');
    if (!link) {
        return;
    }
    var field = link.closest('.captcha-field');
    var id = field.querySelector('input[name="captchaId"]');
    event.preventDefault();
    fetch(link.getAttribute('data-captcha-refresh') + '?replaces=' + encodeURIComponent(id.value), {
        credentials: 'same-origin',
        headers: {Accept: 'application/json'}
    }).then(function (response) {
        if (!response.ok) {
            throw new Error('captcha refresh: ' + response.status);
        }
        return response.json();
    }).then(function (captcha) {
        id.value = captcha.id;
        field.querySelector('.captcha-image').src = captcha.image;
        field.querySelector('.captcha-question-text').textContent = captcha.question;
        var answer = field.querySelector('input[name="captcha"]');
        answer.value = '';
        answer.focus();
    }).catch(function () {
        window.location.href = link.href;
    });
});
