// A card's sound as one play/pause button: never starts by itself, works with Enter and Space,
// and says what it will do (the audio element itself has no visible controls).
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { focusRing } from '../ui/Button';
import { PauseIcon, PlayIcon } from '../ui/icons';

export interface AudioButtonProps {
  /** An app://media URL (the sanitizer lets no other through). */
  src: string;
}

export function AudioButton({ src }: AudioButtonProps) {
  const { t } = useTranslation('cards');
  const audio = useRef<HTMLAudioElement>(null);
  const tried = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [failed, setFailed] = useState(false);

  const toggle = () => {
    const element = audio.current;
    if (element === null) return;
    if (!element.paused) {
      element.pause();
      return;
    }
    tried.current = true;
    setFailed(false);
    // play() rejects when the file cannot be decoded or was removed; say so instead of doing nothing.
    element.play().catch(() => {
      setPlaying(false);
      setFailed(true);
    });
  };

  return (
    <span className="card-audio inline-flex items-center gap-1 align-middle">
      <button
        type="button"
        data-testid="card-audio"
        aria-label={playing ? t('media.pauseAudio') : t('media.playAudio')}
        title={playing ? t('media.pauseAudio') : t('media.playAudio')}
        onClick={toggle}
        className={`inline-flex h-8 w-8 items-center justify-center rounded-full border border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      {failed && <span className="media-missing">{t('media.audioFailed')}</span>}
      <audio
        ref={audio}
        src={src}
        preload="none"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={() => {
          setPlaying(false);
          // Only after the student asked to play: with preload="none" nothing was fetched before.
          if (tried.current) setFailed(true);
        }}
      />
    </span>
  );
}
