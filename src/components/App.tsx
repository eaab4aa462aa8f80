import { useAppStore } from '../store/appStore';
import { BackpropPage } from './BackpropPage';
import { ExplorePage } from './ExplorePage';
import { HeaderTools } from './HeaderTools';
import { GradientDescentPage } from './descent/GradientDescentPage';
import { LabPage } from './lab/LabPage';
import { Notices } from './Notices';
import { PageNav } from './PageNav';

export function App() {
  const page = useAppStore((s) => s.page);
  return (
    <div className="app">
      <header>
        <h1>
          Delta<span className="accent">Scope</span>
        </h1>
        <p className="tagline">Watch a 784-16-16-10 network read handwritten digits, and learn.</p>
        <PageNav />
        <HeaderTools />
      </header>
      <Notices />
      {page === 'explore' && <ExplorePage />}
      {page === 'backprop' && <BackpropPage />}
      {page === 'descent' && <GradientDescentPage />}
      {page === 'lab' && <LabPage />}
    </div>
  );
}
