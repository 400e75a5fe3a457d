import { makeStyles } from '@fluentui/react-components';

/**
 * A native select is as wide as its longest option ("Utbetalning 2: Inklusionsmålet om 70 % uppnått");
 * in a 320–350 px pane it must shrink to the field instead and cut the shown text.
 */
export const useFormStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  selectElement: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
