import { useAppStore } from '../store/appStore';
import { messagesFor, type Messages } from './catalogue';

/** The strings of the current interface language. */
export const useMessages = (): Messages => useAppStore((s) => messagesFor(s.language));
