import { backpropSteps, knowledgeAt } from '../../backprop/steps';
import type { AppState } from '../../store/appStore';
import type { ViewFrame } from './viewFrame';
import { lessonFrame, liveFrame } from './viewFrame';

/**
 * What the network view shows for the store's state: the live network on the explore page, the
 * current timeline step on the backprop page. Shared by the view and the slide export.
 */
export function frameOf(s: AppState): ViewFrame | null {
  if (s.page === 'backprop' && s.lesson) {
    const steps = backpropSteps(s.lesson.spec.sizes.length);
    return lessonFrame(s.lesson, steps[s.step], knowledgeAt(steps, s.step), s.edgeMode);
  }
  return s.snapshot && liveFrame(s.snapshot, s.edgeMode, s.page === 'explore');
}
