import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What the region is, for the message: "graph", "timeline", "panel"… */
  name: string;
  children: ReactNode;
  /** When this value changes, a failed region tries again (e.g. a new dataset or selection). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * An error boundary around one region of the app: a failure in the graph, a chart or a panel shows a
 * message with Retry there, and the rest of the dashboard keeps working. Never a blank page.
 */
export class RegionBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Lattice: the ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p>
          <strong>The {this.props.name} could not be shown.</strong> {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
