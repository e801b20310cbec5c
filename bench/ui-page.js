// In-page half of bench/ui.ts, installed with addInitScript before any of the app's scripts.
// Plain JavaScript so the Node-only root tsconfig (no DOM types) never sees it.
/* global window, document, MutationObserver, requestAnimationFrame */

(() => {
  const LIST = '[data-testid=virtual-list]';
  let painted;
  const bench = {
    /** Resolves once the first row has been painted. */
    painted: new Promise((resolve) => (painted = resolve)),
    /** Navigation start → the first list row's text is in the DOM. */
    firstRowDom: undefined,
    /** … and the frame holding it has been painted. */
    firstRowPaint: undefined,

    /** Scrolls the list to `fraction` of its height; resolves with ms until the rows in view show text. */
    scrollAndWait(fraction) {
      return new Promise((resolve, reject) => {
        const list = document.querySelector(LIST);
        const t0 = performance.now();
        list.scrollTop = fraction * (list.scrollHeight - list.clientHeight);
        const check = () => {
          const box = list.getBoundingClientRect();
          const visible = [...list.querySelectorAll('.row')].filter((row) => {
            const r = row.getBoundingClientRect();
            return r.bottom > box.top && r.top < box.bottom;
          });
          if (
            visible.length > 0 &&
            visible.every((row) => row.querySelector('.row-primary')?.textContent)
          ) {
            resolve(performance.now() - t0);
          } else if (performance.now() - t0 > 30_000) {
            reject(new Error('The rows never filled in.'));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
    },
  };
  window.__parallaxBench = bench;

  const observer = new MutationObserver(() => {
    if (!document.querySelector(`${LIST} .row .row-primary`)?.textContent) return;
    observer.disconnect();
    bench.firstRowDom = performance.now();
    // The frame holding the row is painted right after this animation frame's callbacks; a
    // message posted from there arrives once it has been.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.firstRowPaint = performance.now();
        painted();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();
