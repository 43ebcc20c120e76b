// The empty chat's example questions: medical questions in the style the adapter was trained on, asked in the UI
// language with one click. Their text is in the chat catalog under empty.examples; each passes the scope guard
// in every language (tests/unit/i18n/chat-examples.test.ts).
export const EXAMPLE_QUESTIONS = ['raas', 'nephritic', 'betaBlockers'] as const;

export type ExampleQuestion = (typeof EXAMPLE_QUESTIONS)[number];
