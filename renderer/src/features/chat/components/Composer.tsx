// Question box: Enter sends, Shift+Enter adds a line, Esc stops the answer being generated.
import type { KeyboardEvent, RefObject } from 'react';
import { Button } from '../../../components/ui/Button';
import { SendIcon, StopIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';
import { isBlankText } from '../../../../../preload/contract/blank-text';
import { LIMITS } from '../../../../../preload/contract/limits';

export interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
  isStreaming: boolean;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

export function canSend(value: string, isStreaming: boolean): boolean {
  return !isStreaming && !isBlankText(value) && value.length <= LIMITS.messageChars;
}

export function Composer({ value, onChange, onSend, onStop, isStreaming, inputRef }: ComposerProps) {
  const { t } = useTranslation('chat');
  const sendable = canSend(value, isStreaming);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is still composing text
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (sendable) onSend();
    } else if (event.key === 'Escape' && isStreaming) {
      event.preventDefault();
      onStop();
    }
  };

  return (
    <form
      className="flex items-end gap-2 rounded-2xl border border-field-line bg-white p-2 shadow-sm focus-within:border-teal-600 focus-within:ring-2 focus-within:ring-teal-600/20 dark:bg-slate-800 dark:focus-within:border-teal-400"
      onSubmit={(event) => {
        event.preventDefault();
        if (sendable) onSend();
      }}
    >
      <label htmlFor="composer-input" className="sr-only">
        {t('composer.label')}
      </label>
      <textarea
        id="composer-input"
        ref={inputRef}
        data-testid="composer-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        rows={1}
        maxLength={LIMITS.messageChars}
        placeholder={t('composer.placeholder')}
        className="field-sizing-content max-h-48 min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-[0.95rem] leading-6 text-slate-900 placeholder:text-placeholder focus:outline-none dark:text-slate-100"
      />
      {isStreaming && (
        <Button variant="secondary" data-testid="stop-button" onClick={onStop} title={t('composer.stopHint')}>
          <StopIcon />
          {t('composer.stop')}
        </Button>
      )}
      <Button
        type="submit"
        variant="primary"
        data-testid="send-button"
        disabled={!sendable}
        title={t('composer.sendHint')}
      >
        <SendIcon />
        {t('composer.send')}
      </Button>
    </form>
  );
}
