// Parsing of numeric CLI options with clear messages.
import { CliError } from './cli-error';
import type { GpuLayers } from '../services/model-host';

export function parseNumberOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new CliError(`${name} must be a number from ${min} to ${max} (got "${raw}")`, 2);
  }
  return value;
}

export function parseGpuLayers(raw: string | undefined): GpuLayers {
  if (raw === undefined || raw === 'auto') return 'auto';
  if (raw === 'off') return 'off';
  const layers = Number(raw);
  if (!Number.isInteger(layers) || layers < 0)
    throw new CliError(`--gpu-layers must be auto, off or a whole number (got "${raw}")`, 2);
  return layers;
}
