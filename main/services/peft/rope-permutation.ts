// The q/k row permutation llama.cpp's converters apply for the llama architecture (LlamaModel.permute).

/**
 * Hugging Face llama checkpoints order each head's rotary dimensions "rotate half" style (pairs i and
 * i + d/2), llama.cpp's llama RoPE rotates adjacent pairs (2i, 2i+1). convert_hf_to_gguf therefore reorders
 * the output rows of q_proj and k_proj:
 *
 *   w.reshape(n_head, 2, rows // n_head // 2, cols).swapaxes(1, 2).reshape(rows, cols)
 *
 * so output row h*d + 2i + j comes from input row h*d + j*(d/2) + i. convert_lora_to_gguf applies the
 * same to lora_B (the output side of B·A); lora_A and v_proj are never permuted.
 *
 * `values` is a row-major [rows, cols] matrix; a new array is returned.
 */
export function permuteRopeRows(values: Float32Array, rows: number, cols: number, heads: number): Float32Array {
  if (values.length !== rows * cols) {
    throw new Error(`permuteRopeRows: ${values.length} values do not form a ${rows}×${cols} matrix`);
  }
  if (!Number.isInteger(heads) || heads < 1 || rows % (heads * 2) !== 0) {
    throw new Error(`permuteRopeRows: ${rows} rows cannot be split into ${heads} heads of pairs`);
  }
  const headDim = rows / heads;
  const half = headDim / 2;
  const out = new Float32Array(values.length);
  for (let head = 0; head < heads; head++) {
    for (let i = 0; i < half; i++) {
      for (let j = 0; j < 2; j++) {
        const from = (head * headDim + j * half + i) * cols;
        const to = (head * headDim + 2 * i + j) * cols;
        out.set(values.subarray(from, from + cols), to);
      }
    }
  }
  return out;
}

/**
 * Heads used for the permutation: LlamaModel.modify_tensors calls permute(q, n_head, n_head) and
 * permute(k, n_head, n_head_kv), and permute uses n_head_kv whenever it differs from n_head.
 */
export function ropePermutationHeads(
  role: 'attn_q' | 'attn_k',
  headCount: number,
  headCountKv: number | undefined,
): number {
  if (role === 'attn_q') return headCount;
  return headCountKv !== undefined && headCountKv !== headCount ? headCountKv : headCount;
}
