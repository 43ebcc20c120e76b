// The latest thread calibration progress (model:calibration events); null before any calibration.
import { useEffect, useState } from 'react';
import type { CalibrationProgress } from '../../../../../preload/contract/thread-calibration';
import type { MeaApi } from '../../../lib/api';

export function useCalibrationProgress(api: MeaApi): CalibrationProgress | null {
  const [progress, setProgress] = useState<CalibrationProgress | null>(null);
  useEffect(() => api.onCalibration(setProgress), [api]);
  return progress;
}
