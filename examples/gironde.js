/* global document */
// A webmaster can listen to the widget's events, e.g. for anonymous counts: they carry what was
// searched and how many trainings were found, never what a person answered. A file of its own,
// since the page's policy allows no inline script.
const finder = document.querySelector('passerelle-finder');
finder.addEventListener('passerelle-search', (event) => console.info('recherche', event.detail.total));
finder.addEventListener('passerelle-error', (event) => console.info('erreur', event.detail.code));
