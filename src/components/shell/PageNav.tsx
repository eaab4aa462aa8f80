import type { Page } from '../../vocabulary';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { Segmented } from '../ui/Segmented';

/** The app's main navigation between its views. */
export function PageNav() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const say = useMessages().app.nav;
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
        ]}
        onChange={setPage}
      />
    </nav>
  );
}
