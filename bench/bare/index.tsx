// The comparison page for bench/pane.bench.ts: the smallest React 19 + Fluent UI v9 page, built by
// the same webpack config, so the bench shows what Kvot adds on top of its framework.
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function BarePage() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="p">Bare React + Fluent UI v9</Text>
      <Button appearance="primary" data-testid="bare-ready">
        Fördela
      </Button>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<BarePage />);
