// A card side as plain text for retrieval results: HTML cards already keep their text (front_text,
// back_text); text cloze cards lose their {{c1::…}} markup, keeping the hidden words in place.

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g;

export function withoutClozeMarkup(text: string): string {
  return text.replace(CLOZE, '$1');
}

export function plainSide(text: string, htmlText: string | null): string {
  return (htmlText ?? withoutClozeMarkup(text)).trim();
}
