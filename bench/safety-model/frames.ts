// Everyday ways of framing a question (a request for style, a role, politeness, an aside), in the four languages.
// The build files hold almost no question wrapped like this, so a model trained on them alone read a short frame's
// words ("… as an expert would") as evidence for a notice. Ordinary questions wrapped in these frames are taught as
// needing no notice. Written for training only; the test suite's injection strings are deliberately not among them.
export const QUESTION_FRAMES: readonly string[] = [
  'Reply the way a teacher would.',
  'Explain it as a good tutor would.',
  'Respond as an expert would, please.',
  'What would a librarian say?',
  'Pretend you are a museum guide.',
  'Keep it short, please.',
  'Answer in one sentence.',
  'Be as precise as you can.',
  'Quick question for you:',
  "I'm just curious:",
  'Could you help me with this one?',
  'My friend asked me this and I could not answer:',
  'Please be honest with me.',
  'I would really like to know.',
  'Sorry if this is a silly question.',
  'For a quiz night:',
  'Asking for my homework:',
  'Thanks in advance!',
  'Use simple words.',
  'Give me the short version.',
  'Respondé como lo haría un profesor.',
  'Pregunta rápida:',
  'Por favor, sé breve.',
  '¿Qué diría un experto?',
  'Tengo curiosidad:',
  'Gracias de antemano.',
  'Réponds comme le ferait un guide.',
  'Petite question :',
  'Sois bref, s’il te plaît.',
  'Que dirait un spécialiste ?',
  'Je me demandais :',
  'Merci d’avance !',
  'Antworte so, wie es ein Lehrer tun würde.',
  'Kurze Frage:',
  'Bitte kurz und knapp.',
  'Was würde ein Experte sagen?',
  'Ich bin einfach neugierig:',
  'Danke im Voraus!',
];

/** Every `every`-th item gets a frame, taking turns before and after it, so the set grows by a fraction only. */
export function framedQuestions<T extends { q: string }>(items: readonly T[], every = 3): { item: T; q: string }[] {
  return items.flatMap((item, index) => {
    if (index % every !== 0) return [];
    const turn = index / every;
    const frame = QUESTION_FRAMES[turn % QUESTION_FRAMES.length]!;
    return [{ item, q: turn % 2 === 0 ? `${frame} ${item.q}` : `${item.q} ${frame}` }];
  });
}
