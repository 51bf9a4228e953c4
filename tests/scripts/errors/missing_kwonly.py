def fetch(url, *, timeout):
    return url
fetch('x')
