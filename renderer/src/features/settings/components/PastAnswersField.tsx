// "Also use my earlier answers": grounding may add answers from the student's other chats after their
// cards, with what that means (the model's own text, so possibly wrong).
export interface PastAnswersFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export const PAST_ANSWERS_HINT =
  'When "Use my cards" is on, answers may also draw on up to two earlier answers from your other chats, after ' +
  'your cards. Those are the model’s own words, so they may be wrong: they are cited as "Earlier answer" and ' +
  'open their chat. Off by default.';

export function PastAnswersField({ checked, onChange }: PastAnswersFieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-100">
        <input
          type="checkbox"
          data-testid="settings-past-answers"
          aria-describedby="settings-past-answers-hint"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="h-4 w-4 rounded border-slate-300 text-teal-600 focus:ring-teal-600/20"
        />
        Also use my earlier answers
      </label>
      <p id="settings-past-answers-hint" className="text-xs text-slate-500 dark:text-slate-400">
        {PAST_ANSWERS_HINT}
      </p>
    </div>
  );
}
