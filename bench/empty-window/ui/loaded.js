// Reports the first paint exactly as Stockroom's ui/js/app.js does: a timeout queued from an
// animation frame runs after that frame's paint.
requestAnimationFrame(() => setTimeout(() => window.__TAURI__.core.invoke('first_screen_painted').catch(() => {}), 0));
