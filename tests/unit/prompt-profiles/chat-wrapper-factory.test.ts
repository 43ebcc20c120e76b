import type { LlamaModel } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { createChatWrapper, ggufChatTemplate } from '../../../main/services/prompt-profiles/chat-wrapper-factory';
import { PlainTextChatWrapper } from '../../../main/services/prompt-profiles/plain-text-chat-wrapper';

const ZEPHYR =
  "{% for message in messages %}{% if message['role'] == 'user' %}{{ '<|user|>\\n' + message['content'] + eos_token }}" +
  "{% elif message['role'] == 'assistant' %}{{ '<|assistant|>\\n' + message['content'] + eos_token }}{% endif %}" +
  "{% if loop.last and add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}{% endfor %}";

/** Only what the factory reads from a model: its GGUF metadata. */
function modelWithTemplate(template: string | undefined): LlamaModel {
  return { fileInfo: { metadata: { tokenizer: { chat_template: template } } } } as unknown as LlamaModel;
}

describe('createChatWrapper', () => {
  it('uses the plain-text wrappers for adapter and qa', () => {
    for (const profile of ['adapter', 'qa'] as const) {
      const resolved = createChatWrapper(profile, modelWithTemplate(ZEPHYR));
      expect(resolved.profile).toBe(profile);
      expect(resolved.wrapper).toBeInstanceOf(PlainTextChatWrapper);
      expect(resolved.fallbackReason).toBeUndefined();
    }
  });

  it('falls back to qa, saying why, when the GGUF has no chat template', () => {
    for (const template of [undefined, '   ']) {
      const resolved = createChatWrapper('template', modelWithTemplate(template));
      expect(resolved.profile).toBe('qa');
      expect(resolved.wrapper).toBeInstanceOf(PlainTextChatWrapper);
      expect(resolved.fallbackReason).toMatch(/no chat template.*qa profile/);
    }
    expect(ggufChatTemplate(modelWithTemplate(undefined))).toBeNull();
  });
});
