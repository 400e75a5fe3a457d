import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbook } from '../excel/officeWorkbook';
import { Pane } from './Pane';

// The composition root: the only place that knows the Office.js adapter.
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Pane createPort={createOfficeWorkbook} />
    </StrictMode>,
  );
}
