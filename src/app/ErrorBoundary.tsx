/**
 * An unattended kiosk must never stay blank: on an error, say so briefly and start again from the
 * default state (the state in the address may be what failed). A second failure reloads the page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { scheduleReload } from '../recovery/recovery.ts';

const RESTART_AFTER_MS = 3000;
const RESTARTS_BEFORE_RELOAD = 1;

interface Props {
  children: ReactNode;
  message: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean; generation: number }> {
  override state = { failed: false, generation: 0 };
  private timer: number | undefined;

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    if (this.state.generation >= RESTARTS_BEFORE_RELOAD) {
      scheduleReload(error);
      return;
    }
    console.warn('Petrograd 1917 restarts after an error:', error, info.componentStack);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const kiosk = new URLSearchParams(window.location.search).get('kiosk') === '1';
      window.history.replaceState(null, '', `${window.location.pathname}${kiosk ? '?kiosk=1' : ''}`);
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
