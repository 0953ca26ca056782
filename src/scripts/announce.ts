/** Says something to everyone: a visible toast that is also a polite live region. */
let timer: number | undefined;

export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = message;
  region.classList.add('is-visible');
  window.clearTimeout(timer);
  timer = window.setTimeout(() => region.classList.remove('is-visible'), 4000);
}
