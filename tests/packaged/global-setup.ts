// Runs once before the packaged specs: prints the suite's one line (what it tests, or why it is skipped).
import { suiteLine } from './support/suite';

export default function globalSetup(): void {
  console.log(suiteLine());
}
