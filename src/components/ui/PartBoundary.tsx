import { Component } from 'react';
import type { ReactNode } from 'react';
import type { Say } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { SaidText } from './SaidText';

interface PartBoundaryProps {
  /** What the part is called in the message, e.g. "The page “Gradient descent”". */
  part: Say;
  /** A new value gives the part a fresh start (a new model may be what it needed). */
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * Keeps an exception in one page or tool from blanking the whole app: the part says, in the
 * interface language, that it stopped and why, and offers to try again; the rest goes on.
 */
export function PartBoundary({ part, resetKey, children }: PartBoundaryProps) {
  return (
    <Boundary
      resetKey={resetKey}
      fallback={(error, retry) => <PartFailed part={part} error={error} onRetry={retry} />}
    >
      {children}
    </Boundary>
  );
}

function PartFailed({ part, error, onRetry }: { part: Say; error: Error; onRetry(): void }) {
  const m = useMessages();
  return (
    <div className="part-failed" role="alert" data-testid="part-failed">
      <p>
        <SaidText text={m.system.partFailed(part(m))} detail={error.message} />
      </p>
      <button onClick={onRetry} data-testid="part-retry">
        {m.system.tryAgain}
      </button>
    </div>
  );
}

interface BoundaryProps {
  resetKey: unknown;
  fallback(error: Error, retry: () => void): ReactNode;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
  /** The resetKey the current error (or its absence) belongs to. */
  resetKey: unknown;
}

/** React catches render errors only in a class component's lifecycle. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { error: null, resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}
