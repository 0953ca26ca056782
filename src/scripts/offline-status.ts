/**
 * Registers the service worker (only where one can run: over http(s), not
 * from a downloaded package opened as a file), shows when the site is ready
 * for offline use, and offers a reload when a new build is waiting.
 */
import { Workbox } from 'workbox-window';
import { clientText as ui } from '../i18n/zh-CN.ts';

const status = document.getElementById('offline-status');
const notice = document.getElementById('update-notice');
const base = status?.dataset.base ?? '/';

function say(text: string, state: string): void {
  if (!status) return;
  status.textContent = text;
  status.dataset.state = state;
  status.hidden = false;
}

if (status && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  const ready = () => say(navigator.onLine ? ui.offlineReady : ui.offlineNow, navigator.onLine ? 'ready' : 'offline');
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) ready();
  });
  wb.addEventListener('waiting', () => {
    if (!notice) return;
    notice.hidden = false;
    document.getElementById('update-reload')?.addEventListener('click', () => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().then((registration) => {
    if (registration?.active && navigator.serviceWorker.controller) ready();
  });
  window.addEventListener('offline', () => say(ui.offlineNow, 'offline'));
  window.addEventListener('online', ready);
}
