import { useCallback } from 'react';

/**
 * A ref for what appears after a person acts (a notice that it worked, a code to read out): as it
 * appears it is scrolled into the visible area and given the focus, so it is seen and read out
 * where the person is, not above the fold they scrolled past. Give the element `tabIndex={-1}`.
 */
export function useReveal() {
  return useCallback((element: HTMLElement | null) => {
    if (!element) {
      return;
    }
    // jsdom has no layout, and so no scrollIntoView.
    if ('scrollIntoView' in element && typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
    element.focus({ preventScroll: true });
  }, []);
}
