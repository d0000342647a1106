// Reports the first paint exactly as Stockroom's ui/js/app.js does: a timeout queued from an
// animation frame runs after that frame's paint. It sends the same start-up marks as the app
// (ui/js/api.js): when this module ran, and the browser's timing of the navigation and files.
const t0 = performance.timeOrigin;
const marks = [['app.js', t0 + performance.now()], ['navigation', t0]];
function pageLoadMarks() {
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) for (const k of ['responseEnd', 'domInteractive', 'domContentLoadedEventEnd']) marks.push([`html ${k}`, t0 + nav[k]]);
  for (const p of performance.getEntriesByType('paint')) marks.push([p.name, t0 + p.startTime]);
  for (const r of performance.getEntriesByType('resource')) marks.push([`fetched ${r.name.split('/').pop()}`, t0 + r.responseEnd]);
  return marks;
}
requestAnimationFrame(() => setTimeout(() => window.__TAURI__.core.invoke('first_screen_painted', { marks: pageLoadMarks() }).catch(() => {}), 0));
