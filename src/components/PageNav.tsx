import type { Page } from '../store/backpropSlice';
import { useAppStore } from '../store/appStore';
import { Segmented } from './Segmented';

/** The app's main navigation between its views. */
export function PageNav() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  return (
    <nav aria-label="Views">
      <Segmented<Page>
        label="View"
        kind="tab"
        value={page}
        options={[
          { value: 'explore', label: 'Draw & explore', testId: 'page-explore' },
          { value: 'backprop', label: 'Backprop, step by step', testId: 'page-backprop' },
          { value: 'descent', label: 'Gradient descent', testId: 'page-descent' },
          { value: 'lab', label: 'Chain-rule lab', testId: 'page-lab' },
        ]}
        onChange={setPage}
      />
    </nav>
  );
}
