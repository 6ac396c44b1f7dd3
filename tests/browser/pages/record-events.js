// What a webmaster may add: listen to the widget's events (here, kept for the test to read). An
// external file, since the strict-CSP page allows no inline script.
window.pageErrors = [];
window.passerelleEvents = [];
window.cspViolations = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
for (const name of ['passerelle-search', 'passerelle-select', 'passerelle-error', 'passerelle-print']) {
  document.addEventListener(name, (event) => window.passerelleEvents.push({ name, detail: event.detail }));
}
