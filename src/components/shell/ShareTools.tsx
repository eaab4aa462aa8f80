import { useEffect, useState } from 'react';
import { sceneLink } from '../../bridge/sceneRouting';
import type { Say } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { pageScene, sceneFileName } from '../../viz/export/pageScene';
import { sceneSvg } from '../../viz/export/sceneSvg';
import { figurePng, figureSvg, mainFigure, svgPng } from '../../viz/exportFigure';
import { download } from '../ui/download';
import './ShareTools.css';

/** How long the copy button reads "Link copied". */
const CONFIRM_MS = 4_000;

/** One notice however often the link is copied: it is found again by this function. */
const defaultModelNote: Say = (t) => t.share.linkCopiedDefaultModel;

/**
 * Copy a lesson link to this exact view; download the main figure as PNG or SVG for slides.
 * The confirmation is the copy button's own text, so it covers nothing (a notice's × included).
 */
export function ShareTools() {
  const m = useMessages().share;
  const [copied, setCopied] = useState(false);
  const [manualLink, setManualLink] = useState<string | null>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copyLink() {
    const s = useAppStore.getState();
    const link = sceneLink(s);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setCopied(true);
      // Weights trained here or loaded from a file do not travel: a lasting note says so (not
      // before the first model has loaded: the link then opens the same default model).
      const untravelled = s.model !== null && s.modelId === null;
      if (untravelled && !s.notices.some((n) => n.text === defaultModelNote)) {
        s.notify('info', defaultModelNote);
      }
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link to copy by hand.
      setManualLink(link);
    }
  }

  async function exportFigure(kind: 'png' | 'svg') {
    const s = useAppStore.getState();
    try {
      // The network's pages export the whole scene as vectors; the others their main chart.
      const scene = pageScene(s);
      if (scene) {
        const svg = sceneSvg(scene);
        const blob =
          kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgPng(svg);
        return download(blob, sceneFileName(s, scene, kind));
      }
      const figure = mainFigure();
      if (!figure) return s.notify('error', (t) => t.share.nothingToExport);
      const blob =
        kind === 'svg'
          ? new Blob([figureSvg(figure)], { type: 'image/svg+xml' })
          : await figurePng(figure);
      download(blob, `deltascope-${s.page}.${kind}`);
    } catch (e) {
      s.notify('error', (t) => t.share.exportFailed, String(e));
    }
  }

  return (
    <div className="share-tools" role="group" aria-label={m.tools}>
      <button
        type="button"
        data-testid="copy-link"
        data-copied={copied}
        title={m.copyLinkTitle}
        onClick={copyLink}
      >
        {copied ? `✓ ${m.linkCopied}` : m.copyLink}
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
      <span className="visually-hidden" role="status" data-testid="copy-link-status">
        {copied ? m.linkCopied : ''}
      </span>
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
