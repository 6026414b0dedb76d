/**
 * A non-modal dialog panel over the map: a header (its h2 takes focus when the panel opens or
 * its subject changes), a close button, Esc to close, and a scrollable body that the keyboard can
 * reach. The site card and the sources view are both made of it.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { watchScrollCue } from '../dom/scroll-cue.ts';

interface PanelDialogProps {
  className: string;
  titleId: string;
  /** The header's content, which must contain an h2 with id `titleId` and tabIndex -1. */
  header: ReactNode;
  closeLabel: string;
  /** The cue shown at the bottom while the body scrolls on below ("more"). */
  moreLabel: string;
  onClose: () => void;
  /** Focus moves to the heading again whenever this changes (another site opened). */
  focusKey: string;
  children: ReactNode;
}

export function PanelDialog({ className, titleId, header, closeLabel, moreLabel, onClose, focusKey, children }: PanelDialogProps) {
  const panelRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(function cueMoreBelow() {
    const panel = panelRef.current;
    return panel ? watchScrollCue(panel, () => bodyRef.current) : undefined;
  }, []);
  useEffect(
    function focusHeadingOnOpen() {
      panelRef.current?.querySelector<HTMLElement>(`#${CSS.escape(titleId)}`)?.focus();
    },
    [focusKey, titleId],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      onClose();
    }
  };
  return (
    <section
      ref={panelRef}
      className={`panel ${className}`}
      data-map-overlay=""
      data-more-label={moreLabel}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <header className="panel__header">
        {header}
        <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="panel__body" tabIndex={0} ref={bodyRef}>
        {children}
      </div>
    </section>
  );
}
