/**
 * Runs in the page: scrolls the grid for `durationMs`, a fixed distance per animation frame, and
 * records each frame's time (requestAnimationFrame deltas) and the most row elements the DOM held.
 * Kept as source text so no build helper leaks into the function the browser evaluates.
 */
export const scrollProbe = (durationMs: number, pxPerFrame: number): string => `(() => {
  const grid = document.querySelector('[role="grid"]');
  if (!grid) throw new Error('no grid');
  const deltas = [];
  let maxRows = 0;
  return new Promise((resolve) => {
    let last = performance.now();
    const end = last + ${durationMs};
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      const room = grid.scrollHeight - grid.clientHeight;
      grid.scrollTop = (grid.scrollTop + ${pxPerFrame}) % Math.max(1, room);
      maxRows = Math.max(maxRows, grid.querySelectorAll('[role="row"]').length);
      if (now < end) requestAnimationFrame(step);
      else resolve({ deltas: deltas.slice(1), maxRows, top: grid.scrollTop });
    };
    requestAnimationFrame(step);
  });
})()`;
