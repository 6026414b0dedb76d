/**
 * The part of the kiosk's idle reset that belongs to the page rather than to the app's state (which
 * App resets itself): called when nobody is at the screen, after the app's state is reset and
 * before the replay starts.
 */
import { pageIsZoomed, undoPageChanges } from '../kiosk/lockdown.ts';
import { restartForNextVisitor } from '../recovery/recovery.ts';
import { checkForUpdateAndApply } from '../offline/updates.ts';

/**
 * Undoes the selection, the focus, the page's scroll and zoom. A zoom that setting the viewport
 * again does not undo (desktop browsers keep a pinch zoom) is undone by a reload to the kiosk's
 * configuration, straight back into the replay.
 *
 * This is also where the offline cache checks for a new build (`checkForUpdateAndApply()`, which
 * reloads into it only while the screen stays untouched): never mid-visit. Any other reload from
 * here goes through `restartForNextVisitor()` (recovery.ts), which keeps the kiosk's configuration
 * and starts the replay at once.
 */
export function atIdleReset(): void {
  checkForUpdateAndApply(); // the one moment a kiosk takes a new build: nobody is using it
  undoPageChanges();
  // The viewport set anew takes effect by the next frame.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (pageIsZoomed()) restartForNextVisitor();
    }),
  );
}
