// @vitest-environment jsdom
import './setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoadFailureBoundary } from '../../src/taskpane/components/LoadFailureBoundary';

function Broken(): never {
  throw new Error('Loading chunk 570 failed.');
}

describe('a failed app chunk', () => {
  it('shows a message instead of a blank pane', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs caught errors
    render(
      <LoadFailureBoundary fallback={(message) => <p role="alert">Kvot kunde inte ansluta: {message}</p>}>
        <Broken />
      </LoadFailureBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Kvot kunde inte ansluta: Loading chunk 570 failed.');
    quiet.mockRestore();
  });
});
