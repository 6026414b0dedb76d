/**
 * An error while rendering must never leave the screen blank, nor cost a student the moment they
 * were reading. The boundary says so briefly and restarts the tree in place, without a reload: the
 * App starts again from the address (a student's moment, site and language, kept there by
 * useUrlSync) or, on a kiosk, from the kiosk's configuration. If the tree fails again soon after,
 * the state may be what fails: the second restart closes the card (the site), the third also goes
 * back to the start of the story. A fourth failure within a minute hands over to the page's
 * recovery (the unavailable screen and a reload).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { recover } from '../recovery/recovery.ts';
import { kioskConfig } from '../kiosk/config.ts';

/** How long the message shows before the tree starts again. */
export const RESTART_AFTER_MS = 3000;
/** Failures closer together than this count as one run of failures. */
export const FAILURE_WINDOW_MS = 60_000;
/** Restarts in place within one run of failures, before the page recovers by reloading. */
export const RESTARTS_BEFORE_RELOAD = 3;

interface Props {
  children: ReactNode;
  message: string;
}

interface State {
  failed: boolean;
  generation: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, generation: 0 };
  private timer: number | undefined;
  /** When the failures of the current run happened. */
  private failures: number[] = [];

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    const now = Date.now();
    this.failures = [...this.failures.filter((at) => now - at < FAILURE_WINDOW_MS), now];
    const restarts = this.failures.length - 1;
    if (restarts >= RESTARTS_BEFORE_RELOAD) {
      recover(error);
      return;
    }
    console.warn(`Petrograd 1917 restarts the screen after an error (${restarts + 1} of ${RESTARTS_BEFORE_RELOAD}):`, error, info.componentStack);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (restarts > 0 && !kioskConfig().kiosk) dropFromAddress(restarts === 1 ? ['site'] : ['site', 't']);
      this.setState((s) => ({ failed: false, generation: s.generation + 1 }));
    }, RESTART_AFTER_MS);
  }

  override componentWillUnmount() {
    window.clearTimeout(this.timer);
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="error-screen" role="alert">
          {this.props.message}
        </div>
      );
    }
    return (
      <div key={this.state.generation} className="app-root">
        {this.props.children}
      </div>
    );
  }
}

/** Takes parts of a student's state out of the address the App restarts from. */
function dropFromAddress(keys: readonly string[]) {
  const params = new URLSearchParams(window.location.search);
  for (const key of keys) params.delete(key);
  const query = params.toString().replace(/%3A/g, ':');
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}
