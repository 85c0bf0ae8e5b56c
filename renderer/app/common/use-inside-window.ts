import { useLayoutEffect, type RefObject } from 'react';

const MARGIN = 8;

/**
 * Keeps an absolutely placed popup inside the window: shifted left when it would pass the right
 * edge, and no taller than the room below it (it scrolls inside instead). Measured before paint,
 * so it never shows clipped; measured again when the window is resized.
 */
export function useInsideWindow(popup: RefObject<HTMLElement | null>, open: boolean) {
  useLayoutEffect(() => {
    const element = popup.current;
    if (!open || !element) return;
    const place = () => {
      element.style.removeProperty('translate');
      element.style.removeProperty('max-height');
      const box = element.getBoundingClientRect();
      const overflow = box.right - (window.innerWidth - MARGIN);
      const shift = Math.min(overflow, box.left - MARGIN);
      if (shift > 0) element.style.setProperty('translate', `${-shift}px 0`);
      const room = window.innerHeight - MARGIN - box.top;
      if (box.height > room) element.style.setProperty('max-height', `${Math.max(room, 120)}px`);
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [popup, open]);
}
