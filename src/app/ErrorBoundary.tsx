/**
 * An unattended kiosk must never stay blank: on an error, say so briefly and start again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

const RESTART_AFTER_MS = 3000;

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
    console.warn('Petrograd 1917 restarts after an error:', error, info.componentStack);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.setState((s) => ({ failed: false, generation: s.generation + 1 })), RESTART_AFTER_MS);
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
    return <div key={this.state.generation} className="app-root">{this.props.children}</div>;
  }
}
