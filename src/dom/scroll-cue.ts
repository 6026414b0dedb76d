/**
 * Tells a box whether the text scrolling inside it goes on below what shows: the box gets
 * `data-overflow="more"` (the stylesheet then fades the text out over a "more" cue), `"end"` once
 * the reader has scrolled to the bottom, or `"none"` when it all fits. Checked in the frame after
 * the box or its text changes size, the reader scrolls, or its content changes (another event: its
 * text or `data-event-id`), never on each step of the clock.
 */
export function watchScrollCue(box: HTMLElement, scrollerOf: () => HTMLElement | null = () => box): () => void {
  // Without the observers (a test's DOM) there is no layout to watch either.
  if (typeof ResizeObserver !== 'function' || typeof MutationObserver !== 'function') return () => undefined;
  let frame = 0;
  let observed: HTMLElement | null = null;
  const check = () => {
    frame = 0;
    const scroller = scrollerOf() ?? box;
    if (scroller !== observed) {
      if (observed && observed !== box) sizes.unobserve(observed);
      if (scroller !== box) sizes.observe(scroller);
      observed = scroller;
    }
    const hidden = scroller.scrollHeight - scroller.clientHeight;
    const state = hidden <= 1 ? 'none' : scroller.scrollTop >= hidden - 2 ? 'end' : 'more';
    if (box.dataset.overflow !== state) box.dataset.overflow = state;
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  const sizes = new ResizeObserver(later);
  sizes.observe(box);
  const changes = new MutationObserver(later);
  changes.observe(box, { subtree: true, childList: true, attributes: true, characterData: true, attributeFilter: ['data-event-id'] });
  box.addEventListener('scroll', later, { capture: true, passive: true });
  check();
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    changes.disconnect();
    box.removeEventListener('scroll', later, { capture: true });
  };
}
