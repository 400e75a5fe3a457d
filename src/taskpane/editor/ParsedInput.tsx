import { useState } from 'react';
import { Input, type InputProps } from '@fluentui/react-components';

/**
 * A text input for a value that is not text (kronor, a percentage, a year). What the user types
 * stays on screen while they type; the value given to onChange is the parsed value, or the text
 * itself when it does not parse, so the loader flags it and the rules cannot be applied.
 * When the value changes from outside (reset, another year), the text follows.
 */
export function ParsedInput(
  props: Omit<InputProps, 'value' | 'onChange' | 'defaultValue'> & {
    value: unknown;
    format: (value: unknown) => string;
    parse: (text: string) => unknown;
    onValueChange: (value: unknown) => void;
  },
) {
  const { value, format, parse, onValueChange, onBlur, ...rest } = props;
  const [text, setText] = useState(() => format(value));
  // The value the text stands for; a different value coming in means an outside change.
  const [shown, setShown] = useState<unknown>(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(format(value));
  }
  return (
    <Input
      {...rest}
      value={text}
      onChange={(_, data) => {
        const parsed = parse(data.value);
        const next = parsed === null ? data.value : parsed;
        setText(data.value);
        setShown(next);
        onValueChange(next);
      }}
      onBlur={(event) => {
        // Tidy the text ("182500000" → "182 500 000") once the user leaves a valid field.
        if (parse(text) !== null) setText(format(value));
        onBlur?.(event);
      }}
    />
  );
}
