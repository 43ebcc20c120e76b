// Calibration key (model file + machine + GPU mode) and the stored calibrations that later loads reuse.
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calibrationKey, modelFileIdentity } from '../../../main/services/model/calibration-key';
import type { MachineIdentity } from '../../../main/services/model/machine-identity';
import { currentMachineIdentity } from '../../../main/services/model/machine-identity';
import { ThreadCalibrations } from '../../../main/services/model/thread-calibrations';
import { SettingsRepository, openDatabase } from '../../../main/services/store';
import type { ThreadCalibration } from '../../../preload/contract/thread-calibration';

const machine: MachineIdentity = {
  cpuModel: 'Test CPU @ 2.0GHz',
  cores: 2,
  totalMemoryMiB: 8192,
  nodeLlamaCppVersion: '3.21.1',
};

const calibration: ThreadCalibration = {
  samples: [
    { threads: 1, generationTokensPerSecond: 15, promptTokensPerSecond: 120 },
    { threads: 2, generationTokensPerSecond: 22, promptTokensPerSecond: 230 },
  ],
  generationThreads: 2,
  promptThreads: 2,
  measuredAt: 1_700_000_000_000,
};

let dir: string;
let modelPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-calib-unit-'));
  modelPath = join(dir, 'model.gguf');
  await writeFile(modelPath, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(100_000, 7)]));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('calibrationKey', () => {
  it('is stable for the same file, machine and GPU mode', async () => {
    const file = await modelFileIdentity(modelPath);
    expect(calibrationKey(file, machine, 'auto')).toBe(
      calibrationKey(await modelFileIdentity(modelPath), machine, 'auto'),
    );
    expect(calibrationKey(file, machine, 'auto')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with the file (size, time, header) and with the machine or GPU mode', async () => {
    const file = await modelFileIdentity(modelPath);
    const base = calibrationKey(file, machine, 'auto');
    const keys = [
      calibrationKey({ ...file, size: file.size + 1 }, machine, 'auto'),
      calibrationKey({ ...file, mtimeMs: file.mtimeMs + 1 }, machine, 'auto'),
      calibrationKey({ ...file, headerSha256: '0'.repeat(64) }, machine, 'auto'),
      calibrationKey(file, { ...machine, cores: 4 }, 'auto'),
      calibrationKey(file, { ...machine, cpuModel: 'Other CPU' }, 'auto'),
      calibrationKey(file, { ...machine, totalMemoryMiB: 16384 }, 'auto'),
      calibrationKey(file, { ...machine, nodeLlamaCppVersion: '3.22.0' }, 'auto'),
      calibrationKey(file, machine, 'off'),
    ];
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });

  it('hashes the header bytes: same size and time, different content → different identity', async () => {
    const before = await modelFileIdentity(modelPath);
    await writeFile(modelPath, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(100_000, 9)]));
    const when = new Date(before.mtimeMs);
    await utimes(modelPath, when, when);
    const after = await modelFileIdentity(modelPath);
    expect(after.size).toBe(before.size);
    expect(after.headerSha256).not.toBe(before.headerSha256);
  });

  it('describes this machine', () => {
    const current = currentMachineIdentity();
    expect(current.cores).toBeGreaterThan(0);
    expect(current.totalMemoryMiB).toBeGreaterThan(0);
    expect(current.nodeLlamaCppVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('ThreadCalibrations', () => {
  let repo: SettingsRepository;
  let calibrations: ThreadCalibrations;

  beforeEach(() => {
    repo = new SettingsRepository(openDatabase(':memory:'));
    calibrations = new ThreadCalibrations(repo, machine, { candidates: [1, 2], tokens: 16 });
  });

  it('asks to measure on the first load with threads "auto"', async () => {
    const plan = await calibrations.plan(modelPath, 'auto', 'auto');
    expect(plan).toMatchObject({ threads: undefined, calibrate: { candidates: [1, 2], tokens: 16 }, stored: null });
    expect(plan.key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('uses the stored calibration later, also from a new service on the same database', async () => {
    const { key } = await calibrations.plan(modelPath, 'auto', 'auto');
    calibrations.save(key as string, calibration);
    const again = new ThreadCalibrations(repo, machine);
    const plan = await again.plan(modelPath, 'auto', 'auto');
    expect(plan).toMatchObject({ threads: 2, promptThreads: 2, calibrate: undefined, stored: calibration });
    expect(await again.find(modelPath, 'auto')).toEqual(calibration);
  });

  it('passes a stored prompt count that differs from the generation count on to the load', async () => {
    const { key } = await calibrations.plan(modelPath, 'auto', 'auto');
    calibrations.save(key as string, { ...calibration, generationThreads: 1, promptThreads: 2 });
    const plan = await calibrations.plan(modelPath, 'auto', 'auto');
    expect({ threads: plan.threads, promptThreads: plan.promptThreads }).toEqual({ threads: 1, promptThreads: 2 });
    // A fixed count is used for both.
    expect((await calibrations.plan(modelPath, 'auto', 3)).promptThreads).toBeUndefined();
  });

  it('measures again when asked to, or on another machine or GPU mode', async () => {
    const { key } = await calibrations.plan(modelPath, 'auto', 'auto');
    calibrations.save(key as string, calibration);
    expect((await calibrations.plan(modelPath, 'auto', 'auto', true)).calibrate).toBeDefined();
    expect((await calibrations.plan(modelPath, 'off', 'auto')).calibrate).toBeDefined();
    const otherMachine = new ThreadCalibrations(repo, { ...machine, cores: 8 });
    expect((await otherMachine.plan(modelPath, 'auto', 'auto')).calibrate?.candidates).toEqual([1, 2, 4, 6, 8]);
  });

  it('never measures with a fixed thread count', async () => {
    expect(await calibrations.plan(modelPath, 'auto', 3)).toEqual({
      threads: 3,
      calibrate: undefined,
      key: null,
      stored: null,
    });
  });

  it('refuses to store an invalid calibration, and ignores a damaged stored one', async () => {
    const { key } = await calibrations.plan(modelPath, 'auto', 'auto');
    expect(() => calibrations.save(key as string, { ...calibration, samples: [] })).toThrow();
    repo.set(`model.threadCalibration.${key}`, { samples: 'garbage' });
    expect(await calibrations.find(modelPath, 'auto')).toBeNull();
  });

  it('finds nothing for a missing file', async () => {
    expect(await calibrations.find(join(dir, 'missing.gguf'), 'auto')).toBeNull();
  });
});
