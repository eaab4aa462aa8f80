import type { Language } from '../../i18n/language';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { Segmented } from '../ui/Segmented';

/** English or 简体中文; each option is written in its own language. */
export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const m = useMessages();
  return (
    <Segmented<Language>
      label={m.app.language}
      kind="radio"
      value={language}
      options={[
        { value: 'en', label: 'English', testId: 'language-en', lang: 'en' },
        { value: 'zh', label: '中文', testId: 'language-zh', lang: 'zh-CN' },
      ]}
      onChange={setLanguage}
    />
  );
}
