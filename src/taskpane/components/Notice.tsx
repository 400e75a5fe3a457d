import type { ReactNode } from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** A MessageBar that screen readers announce: errors as alerts, everything else as status. */
export function Notice(props: {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  const { intent, title, children, actions, testId } = props;
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
