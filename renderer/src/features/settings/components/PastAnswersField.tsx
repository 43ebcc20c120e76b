// "Also use my earlier answers": grounding may add answers from the student's other chats after their
// cards, with what that means (the model's own text, so possibly wrong).
import { useTranslation } from '../../../i18n';
import { CheckboxField } from './CheckboxField';

export interface PastAnswersFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function PastAnswersField({ checked, onChange }: PastAnswersFieldProps) {
  const { t } = useTranslation('settings');
  return (
    <CheckboxField
      id="settings-past-answers"
      label={t('pastAnswers.label')}
      hint={t('pastAnswers.hint')}
      checked={checked}
      onChange={onChange}
    />
  );
}
