import { Component, type ReactNode } from 'react';

/**
 * Catches a failure to load or render the app chunk (a redeploy renamed the bundles under a cached
 * page, or the network dropped), so the pane shows a message instead of going blank.
 */
export class LoadFailureBoundary extends Component<
  { fallback: (message: string) => ReactNode; children: ReactNode },
  { message: string | null }
> {
  override state: { message: string | null } = { message: null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message);
  }
}
