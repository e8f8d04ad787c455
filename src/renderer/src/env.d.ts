/// <reference types="vite/client" />
// Vite's client types (import.meta.glob, asset and CSS imports). `window.api`, the Electron preload's typed
// client, is declared once for both sides in src/preload/api.d.ts.
