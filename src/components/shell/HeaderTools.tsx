import { LessonTools } from '../presentation/LessonTools';
import { DisplaySwitches } from './DisplaySwitches';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ShareTools } from './ShareTools';

/** Settings and sharing controls at the right of the header. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <LessonTools />
      <LanguageSwitch />
      <DisplaySwitches />
      <ShortcutsHelp />
      <ShareTools />
    </div>
  );
}
