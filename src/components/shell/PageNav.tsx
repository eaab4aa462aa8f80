import type { Page } from '../../vocabulary';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { Segmented } from '../ui/Segmented';

/** The app's main navigation between its views. */
export function PageNav() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const nav = useMessages().app.nav;
  // Projector type is large: the tabs take their short names so the header keeps two rows.
  const projector = useAppStore((s) => s.projector);
  const say = projector ? { ...nav, ...nav.short } : nav;
  return (
    <nav aria-label={say.label}>
      <Segmented<Page>
        label={say.view}
        kind="tab"
        value={page}
        options={[
          { value: 'explore', label: say.explore, testId: 'page-explore' },
          { value: 'backprop', label: say.backprop, testId: 'page-backprop' },
          { value: 'descent', label: say.descent, testId: 'page-descent' },
          { value: 'lab', label: say.lab, testId: 'page-lab' },
          { value: 'sequence', label: say.sequence, testId: 'page-sequence' },
        ]}
        onChange={setPage}
      />
    </nav>
  );
}
