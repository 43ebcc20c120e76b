// "Also use my earlier answers": grounding may add answers from the student's other chats after their
// cards, with what that means (the model's own text, so possibly wrong).
import { CheckboxField } from './CheckboxField';

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
    <CheckboxField
      id="settings-past-answers"
      label="Also use my earlier answers"
      hint={PAST_ANSWERS_HINT}
      checked={checked}
      onChange={onChange}
    />
  );
}
