// Builds the node-llama-cpp ChatWrapper for a profile and a loaded model (template needs the GGUF).
import { resolveChatWrapper, type ChatWrapper, type LlamaModel } from 'node-llama-cpp';
import { PlainTextChatWrapper } from './plain-text-chat-wrapper';
import type { ProfileId } from './types';

export interface ResolvedChatWrapper {
  wrapper: ChatWrapper;
  /** The profile actually used (template falls back to qa when the GGUF has no chat template). */
  profile: ProfileId;
  fallbackReason?: string;
}

export function ggufChatTemplate(model: LlamaModel): string | null {
  const template = model.fileInfo.metadata?.tokenizer?.chat_template;
  return typeof template === 'string' && template.trim() !== '' ? template : null;
}

export function createChatWrapper(profile: ProfileId, model: LlamaModel): ResolvedChatWrapper {
  if (profile !== 'template') return { wrapper: new PlainTextChatWrapper(profile), profile };

  if (ggufChatTemplate(model) == null) {
    return qaFallback('the model file has no chat template (tokenizer.chat_template)');
  }
  try {
    // Explicit jinjaTemplate type: use the GGUF's template as-is, not a look-alike built-in wrapper.
    const wrapper = resolveChatWrapper(model, {
      type: 'jinjaTemplate',
      warningLogs: false,
      fallbackToOtherWrappersOnJinjaError: false,
    });
    return { wrapper, profile: 'template' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return qaFallback(`the model's chat template could not be used (${reason})`);
  }
}

function qaFallback(why: string): ResolvedChatWrapper {
  return { wrapper: new PlainTextChatWrapper('qa'), profile: 'qa', fallbackReason: `${why}; using the qa profile` };
}
