import { Button, Caption1, Checkbox, Input, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { setAt } from '../../core/agreement/pointer';
import type { Agreement, RecipientGroup } from '../../core/agreement/types';
import { AssumptionFields } from './AssumptionFields';
import { ContainerProblems } from './ContainerProblems';
import { LocalizedFields } from './LocalizedFields';
import { PointerField } from './PointerField';
import { PointerGroup } from './PointerGroup';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { listStyleType: 'none' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1, margin: 0 },
  members: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))' },
  add: { alignSelf: 'flex-start' },
});

function newGroup(taken: readonly string[]): RecipientGroup {
  let n = taken.length + 1;
  while (taken.includes(`group${n}`)) n++;
  return { id: `group${n}`, name: { sv: `Grupp ${n}`, en: `Group ${n}` }, regions: [] };
}

/**
 * The groups of regions tranches can pay ("recipients": "groups"), such as the six RCC regions:
 * each with its names, its members ticked from the agreement's region list, and an assumption.
 */
export function GroupsEditor(props: { draft: Agreement; onEdit: (change: (d: Agreement) => Agreement) => void }) {
  const { draft, onEdit } = props;
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('groups');
  const groups = draft.groups ?? [];
  const regions = draft.regions ?? [];
  const set = (pointer: string, value: unknown) => onEdit((d) => setAt(d, pointer, value));
  return (
    <section className={styles.root} aria-labelledby={headingId} data-pointer="/groups">
      <Subtitle2 as="h4" id={headingId}>
        {e.groupsHeading}
      </Subtitle2>
      <ContainerProblems pointer="/groups" />
      {regions.length === 0 ? <Caption1>{e.groupsNeedRegions}</Caption1> : null}
      {groups.length > 0 ? (
        <ol className={styles.list}>
          {groups.map((group, g) => {
            const at = `/groups/${g}`;
            return (
              <li key={g} className={styles.item} data-pointer={at} data-testid={`group-editor-${g}`}>
                <div className={styles.card} role="group" aria-label={e.groupHeading(g + 1, group.name?.[lang] ?? group.id)}>
                  <div className={styles.head}>
                    <Subtitle2 as="h5" className={styles.title}>
                      {e.groupHeading(g + 1, group.name?.[lang] ?? group.id)}
                    </Subtitle2>
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<Delete20Regular />}
                      aria-label={e.removeGroup(g + 1)}
                      title={e.removeGroup(g + 1)}
                      onClick={() =>
                        onEdit((d) => {
                          const rest = (d.groups ?? []).filter((_, i) => i !== g);
                          return setAt(d, '/groups', rest.length > 0 ? rest : undefined);
                        })
                      }
                    />
                  </div>
                  <ContainerProblems pointer={at} />
                  <PointerField pointer={`${at}/id`} label={e.groupId}>
                    <Input value={String(group.id ?? '')} onChange={(_, data) => set(`${at}/id`, data.value)} />
                  </PointerField>
                  <LocalizedFields
                    pointer={`${at}/name`}
                    value={group.name}
                    labels={[e.groupNameSv, e.groupNameEn]}
                    onEdit={onEdit}
                    required
                  />
                  <PointerGroup pointer={`${at}/regions`} label={e.groupMembers}>
                    <div className={styles.members}>
                      {regions.map((region) => (
                        <Checkbox
                          key={region.code}
                          label={region.name}
                          checked={group.regions.includes(region.code)}
                          onChange={(_, data) =>
                            onEdit((d) => {
                              const current = d.groups?.[g]?.regions ?? [];
                              const next = data.checked ? [...current, region.code] : current.filter((c) => c !== region.code);
                              // In the order of the region list, so the file reads the same whatever was ticked first.
                              return setAt(
                                d,
                                `${at}/regions`,
                                regions.map((r) => r.code).filter((c) => next.includes(c)),
                              );
                            })
                          }
                        />
                      ))}
                    </div>
                  </PointerGroup>
                  <AssumptionFields pointer={at} value={group.assumed} fields={['regions']} onEdit={onEdit} />
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        onClick={() => onEdit((d) => setAt(d, '/groups', [...(d.groups ?? []), newGroup((d.groups ?? []).map((x) => x.id))]))}
      >
        {e.addGroup}
      </Button>
    </section>
  );
}
