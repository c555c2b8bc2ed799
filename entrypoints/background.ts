// The extension's background service worker: owns the database and answers typed messages.
// Wiring only: logic lives in lib/.
export default defineBackground(() => {});
