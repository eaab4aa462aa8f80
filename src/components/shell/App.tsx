import { Suspense, lazy, useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { ExplorePage } from '../explore/ExplorePage';
import { Presentation } from '../presentation/Presentation';
import { PartBoundary } from '../ui/PartBoundary';
import { HeaderTools } from './HeaderTools';
import { Notices } from './Notices';
import { PageNav } from './PageNav';
import { useStageTop } from './useStageTop';

// The teaching pages load on first visit, so the first screen does not wait for them.
const BackpropPage = lazy(() =>
  import('../backprop/BackpropPage').then((m) => ({ default: m.BackpropPage })),
);
const GradientDescentPage = lazy(() =>
  import('../descent/GradientDescentPage').then((m) => ({ default: m.GradientDescentPage })),
);
const LabPage = lazy(() => import('../lab/LabPage').then((m) => ({ default: m.LabPage })));
const SequencePage = lazy(() =>
  import('../sequence/SequencePage').then((m) => ({ default: m.SequencePage })),
);

export function App() {
  const page = useAppStore((s) => s.page);
  const model = useAppStore((s) => s.model);
  const presenting = useAppStore((s) => s.presentation !== null);
  const m = useMessages();
  const app = useRef<HTMLDivElement>(null);
  useStageTop(app);
  useEffect(() => {
    document.title = m.app.documentTitle;
  }, [m]);
  return (
    <div className={presenting ? 'app presenting' : 'app'} ref={app}>
      <header>
        {/* The product's name is Latin in every language. */}
        <h1 lang="en">
          Delta<span className="accent">Scope</span>
        </h1>
        <p className="tagline">{m.app.tagline}</p>
        <PageNav />
        <PartBoundary part={(t) => t.system.headerToolsPart}>
          <HeaderTools />
        </PartBoundary>
      </header>
      <Notices />
      {/* Each page starts afresh when it is opened again or the model changes. */}
      <PartBoundary key={page} part={(t) => t.system.pagePart(t.app.nav[page])} resetKey={model}>
        {page === 'explore' && <ExplorePage />}
        <Suspense fallback={<p className="page-loading">{m.system.loadingPage}</p>}>
          {page === 'backprop' && <BackpropPage />}
          {page === 'descent' && <GradientDescentPage />}
          {page === 'lab' && <LabPage />}
          {page === 'sequence' && <SequencePage />}
        </Suspense>
      </PartBoundary>
      <Presentation />
    </div>
  );
}
