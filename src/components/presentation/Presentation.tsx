import { useAppStore } from '../../store/appStore';
import { Blank } from './Blank';
import { LessonBar } from './LessonBar';
import { Spotlight } from './Spotlight';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

/** Lesson mode over the live app: the spotlight, the lesson bar, the blank screen and the keys. */
export function Presentation() {
  usePresentationKeys();
  const presenting = useAppStore((s) => s.presentation !== null);
  if (!presenting) return null;
  return (
    <>
      <Spotlight />
      <LessonBar />
      <Blank />
    </>
  );
}
