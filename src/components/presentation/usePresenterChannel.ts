import { useEffect, useRef, useState } from 'react';
import type { PresenterMessage, StageMessage } from '../../lessons/presenterProtocol';
import { PRESENTER_CHANNEL, stageMessage } from '../../lessons/presenterProtocol';
import { useAppStore } from '../../store/appStore';

/** The stage has not answered for this long: the presenter says so. */
const STAGE_SILENT_MS = 3_000;

/**
 * The presenter window's end of the channel: what the stage last said (null before it has
 * answered), whether it answers at all, and a way to send it a message.
 */
export function usePresenterChannel(): {
  stage: StageMessage | null;
  silent: boolean;
  send: (message: PresenterMessage) => void;
} {
  const [stage, setStage] = useState<StageMessage | null>(null);
  const [silent, setSilent] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const link = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = link;
    link.onmessage = (event: MessageEvent<unknown>) => {
      const message = stageMessage(event.data);
      if (!message) return;
      setStage(message);
      useAppStore.getState().setLanguage(message.language);
    };
    link.postMessage({ type: 'hello' } satisfies PresenterMessage);
    const timer = setTimeout(() => setSilent(true), STAGE_SILENT_MS);
    return () => {
      clearTimeout(timer);
      link.close();
      channel.current = null;
    };
  }, []);

  return {
    stage,
    // Silent: no word from the stage since this window opened.
    silent: silent && stage === null,
    send: (message) => channel.current?.postMessage(message),
  };
}
