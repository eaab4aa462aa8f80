import { LanguageSwitch } from './LanguageSwitch';

/** Settings and sharing controls at the right of the header. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <LanguageSwitch />
    </div>
  );
}
