// node-llama-cpp ChatWrapper that renders a plain-text profile exactly like the pure renderer.
import {
  ChatWrapper,
  LlamaText,
  SpecialToken,
  type ChatHistoryItem,
  type ChatWrapperGenerateContextStateOptions,
  type ChatWrapperGeneratedContextState,
  type ChatWrapperSettings,
} from 'node-llama-cpp';
import { PLAIN_FORMATS, type PlainTextFormat } from './plain-formats';
import { renderTranscript } from './render';
import type { ChatTurn, PlainProfileId } from './types';

/** Splits node-llama-cpp chat history into complete messages and the answer being generated. */
export function splitChatHistory(chatHistory: readonly ChatHistoryItem[]): {
  messages: ChatTurn[];
  openAnswer: string;
} {
  const messages: ChatTurn[] = [];
  for (const item of chatHistory) {
    // System messages are not part of these formats (the LoRA never saw one).
    if (item.type === 'user') messages.push({ role: 'user', text: item.text });
    else if (item.type === 'model') messages.push({ role: 'assistant', text: modelResponseText(item.response) });
  }
  const last = messages.at(-1);
  if (last?.role === 'assistant') {
    messages.pop();
    return { messages, openAnswer: last.text };
  }
  return { messages, openAnswer: '' };
}

function modelResponseText(response: readonly unknown[]): string {
  return response.filter((part): part is string => typeof part === 'string').join('');
}

export class PlainTextChatWrapper extends ChatWrapper {
  readonly wrapperName: string;
  override readonly settings: ChatWrapperSettings = {
    ...ChatWrapper.defaultSettings,
    supportsSystemMessages: false,
  };
  readonly profile: PlainProfileId;
  private readonly format: PlainTextFormat;

  constructor(profile: PlainProfileId) {
    super();
    this.profile = profile;
    this.format = PLAIN_FORMATS[profile];
    this.wrapperName = `MedicalPlainText(${profile})`;
  }

  override generateContextState({
    chatHistory,
  }: ChatWrapperGenerateContextStateOptions): ChatWrapperGeneratedContextState {
    const { messages, openAnswer } = splitChatHistory(chatHistory);
    const text = renderTranscript(this.format, messages, openAnswer);
    return {
      // Only BOS is a special token; every marker is plain text.
      contextText: LlamaText([new SpecialToken('BOS'), text]),
      stopGenerationTriggers: [
        LlamaText(new SpecialToken('EOS')),
        ...this.format.stopStrings.map((stop) => LlamaText(stop)),
      ],
    };
  }

  // No default system prompt: these formats have no place for one.
  override generateInitialChatHistory(): ChatHistoryItem[] {
    return [];
  }
}
