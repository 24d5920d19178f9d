// The login page: says so when the last attempt failed (the server sends it back here with ?error), and keeps the
// page's fragment (the Helper console's #SESSION_ID) through the sign-in: a redirect inherits the fragment of the
// request it answers.
if (new URLSearchParams(location.search).has('error')) {
  document.getElementById('error').hidden = false;
}
if (location.hash) {
  document.querySelector('form').action = '/j_security_check' + location.hash;
}
