import { useEffect, useState } from 'react';
import { sceneLink } from '../bridge/sceneRouting';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../store/appStore';
import { figurePng, figureSvg, mainFigure } from '../viz/exportFigure';
import { download } from './download';
import './ShareTools.css';

/** How long "Link copied" stays beside the button. */
const CONFIRM_MS = 4_000;

type Confirmation = 'copied' | 'copied-default-model' | null;

/** Copy a lesson link to this exact view; download the main figure as PNG or SVG for slides. */
export function ShareTools() {
  const m = useMessages().share;
  const [confirmation, setConfirmation] = useState<Confirmation>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [confirmation]);

  async function copyLink() {
    const s = useAppStore.getState();
    const link = sceneLink(s);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setConfirmation(s.modelId === null ? 'copied-default-model' : 'copied');
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link to copy by hand.
      setManualLink(link);
    }
  }

  async function exportFigure(kind: 'png' | 'svg') {
    const { notify, page } = useAppStore.getState();
    const figure = mainFigure();
    if (!figure) return notify('error', (t) => t.share.nothingToExport);
    try {
      const blob =
        kind === 'svg'
          ? new Blob([figureSvg(figure)], { type: 'image/svg+xml' })
          : await figurePng(figure);
      download(blob, `deltascope-${page}.${kind}`);
    } catch (e) {
      notify('error', (t) => t.share.exportFailed(String(e)));
    }
  }

  return (
    <div className="share-tools" role="group" aria-label={m.tools}>
      <button type="button" data-testid="copy-link" title={m.copyLinkTitle} onClick={copyLink}>
        {m.copyLink}
      </button>
      <button
        type="button"
        data-testid="export-png"
        title={m.exportPngTitle}
        onClick={() => void exportFigure('png')}
      >
        {m.exportPng}
      </button>
      <button
        type="button"
        data-testid="export-svg"
        title={m.exportSvgTitle}
        onClick={() => void exportFigure('svg')}
      >
        {m.exportSvg}
      </button>
      {confirmation && (
        <p className="share-confirmation" role="status" data-testid="copy-link-status">
          {confirmation === 'copied' ? m.linkCopied : m.linkCopiedDefaultModel}
        </p>
      )}
      {manualLink && (
        <div className="share-manual" data-testid="copy-link-manual">
          <label>
            {m.copyByHand}
            <input
              readOnly
              value={manualLink}
              data-testid="copy-link-field"
              autoFocus
              onFocus={(e) => e.target.select()}
            />
          </label>
          <button type="button" onClick={() => setManualLink(null)}>
            {m.close}
          </button>
        </div>
      )}
    </div>
  );
}
